package org.ablationpath.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A time-to-event outcome (OUT-07 to OUT-11): from {@code startDate} to the event or censoring date. {@code eventType}
 * names what ended the clock (LTP, INTRA_ORGAN_DISTANT, EXTRA_ORGAN, DEATH) or, when censored, why (LAST_IMAGING,
 * LAST_CONTACT, DEATH_COMPETING). {@code excluded}: not analysable by the configured rule (OUT-10 never disease-free).
 */
public record TimeToEvent(LocalDate startDate, boolean event, String eventType, long days, BigDecimal months,
                          LocalDate eventDate, LocalDate censorDate, boolean excluded) {

    /** outcomes.md section 2: months = days / 30.4375, 2 decimals. */
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    static TimeToEvent event(LocalDate start, LocalDate date, String type) {
        long days = ChronoUnit.DAYS.between(start, date);
        return new TimeToEvent(start, true, type, days, months(days), date, null, false);
    }

    static TimeToEvent censored(LocalDate start, LocalDate date, String reason) {
        long days = ChronoUnit.DAYS.between(start, date);
        return new TimeToEvent(start, false, reason, days, months(days), null, date, false);
    }

    TimeToEvent excludedFromAnalysis() {
        return new TimeToEvent(startDate, event, eventType, days, months, eventDate, censorDate, true);
    }

    public static BigDecimal months(long days) {
        return BigDecimal.valueOf(days).divide(DAYS_PER_MONTH, 2, RoundingMode.HALF_UP);
    }

    /** The event or censoring date. */
    public LocalDate endDate() {
        return event ? eventDate : censorDate;
    }
}
