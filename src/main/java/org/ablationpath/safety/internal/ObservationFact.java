package org.ablationpath.safety.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A vital sign after a session, numbered within its type in date order ({@code seq}) so that rules can speak of
 * consecutive readings; {@code baseline} is the last reading of the type before the session.
 */
public record ObservationFact(String type, LocalDate date, BigDecimal value, int seq, int dayPostProcedure,
                              LocalDate sessionDate, BigDecimal baseline) {

    public BigDecimal getFallFromBaseline() {
        return baseline == null ? null : baseline.subtract(value);
    }
}
