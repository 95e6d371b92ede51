package org.ablationpath.pathway.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pathway's timer limits (pathway.md 7.1, all configuration under {@code ablationpath.pathway}) turned into the
 * dates and durations the BPMN timers and due dates use. "Today" is the engine's clock, so that process tests move
 * time by moving that clock. Dates are calendar days at the start of the day (pathway.md: no time of day).
 */
@Component("pathwayTimers")
public class PathwayTimers {

    private final int referralToMdtDays;
    private final int workupCheckWorkingDays;
    private final int detectionToMdtDays;
    private final int decisionToTreatmentDays;
    private final int referralToTreatmentDays;
    private final int day7CallDay;
    private final int day7CallGraceDays;
    private final String equivocalReimagingInterval;
    private final String vitalStatusInterval;

    public PathwayTimers(@Value("${ablationpath.pathway.referral-to-mdt-days}") int referralToMdtDays,
                         @Value("${ablationpath.pathway.workup-check-working-days}") int workupCheckWorkingDays,
                         @Value("${ablationpath.pathway.detection-to-mdt-days}") int detectionToMdtDays,
                         @Value("${ablationpath.pathway.decision-to-treatment-days}") int decisionToTreatmentDays,
                         @Value("${ablationpath.pathway.referral-to-treatment-days}") int referralToTreatmentDays,
                         @Value("${ablationpath.pathway.day7-call-day}") int day7CallDay,
                         @Value("${ablationpath.pathway.day7-call-grace-days}") int day7CallGraceDays,
                         @Value("${ablationpath.pathway.equivocal-reimaging-interval}") String equivocalReimagingInterval,
                         @Value("${ablationpath.pathway.vital-status-interval}") String vitalStatusInterval) {
        this.referralToMdtDays = referralToMdtDays;
        this.workupCheckWorkingDays = workupCheckWorkingDays;
        this.detectionToMdtDays = detectionToMdtDays;
        this.decisionToTreatmentDays = decisionToTreatmentDays;
        this.referralToTreatmentDays = referralToTreatmentDays;
        this.day7CallDay = day7CallDay;
        this.day7CallGraceDays = day7CallGraceDays;
        this.equivocalReimagingInterval = equivocalReimagingInterval;
        this.vitalStatusInterval = vitalStatusInterval;
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    }

    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** The calendar day of a date variable (null stays null). */
    public static LocalDate dayOf(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    /** A window closes on its last day (pathway.md 7.3): its timer fires at the start of the day after. */
    public static Date closingOf(LocalDate lastDay) {
        return startOf(lastDay.plusDays(1));
    }

    /**
     * TMR-02/03/04/05 allow at most N days (pathway.md 7.1), so the due day itself is in time: a breach timer fires
     * once that day has fully passed, at the start of the next day (a breach is "more than N days", as in the
     * eligibility module's TimerCalculator). A decision or session recorded on the due day is seen before the check.
     */
    public Date breachAt(Date due) {
        return closingOf(LocalDate.ofInstant(due.toInstant(), ZoneId.systemDefault()));
    }

    /** TMR-01: the completeness check is due this many working days (Monday to Friday) from today. */
    public Date workupDue() {
        LocalDate day = today();
        int left = workupCheckWorkingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return startOf(day);
    }

    /** TMR-02: first MDT discussion within this many days of the referral (the due day, still in time). */
    public Date firstReviewDue(LocalDate referralDate) {
        return startOf(referralDate.plusDays(referralToMdtDays));
    }

    /**
     * TMR-05: rediscussion within this many days of the detecting imaging or visit (safety.md ALR-13: "due 14 days
     * after the detecting imaging date"). Without a detecting study, e.g. a new contraindication found on the
     * planned procedure date, the case returns to the board today and the limit counts from today.
     */
    public Date rediscussionDue(LocalDate detectionDate) {
        return startOf((detectionDate == null ? today() : detectionDate).plusDays(detectionToMdtDays));
    }

    /** TMR-03: decision to treat (today) to the session. */
    public Date treatmentDue() {
        return startOf(today().plusDays(decisionToTreatmentDays));
    }

    /** TMR-04: referral to first treatment. */
    public Date firstTreatmentDue(LocalDate referralDate) {
        return startOf(firstTreatmentLimit(referralDate));
    }

    public LocalDate firstTreatmentLimit(LocalDate referralDate) {
        return referralDate.plusDays(referralToTreatmentDays);
    }

    /** TMR-09: the day-7 call after the session, and its last day (day 7 + grace). */
    public Date day7Call(LocalDate sessionDate) {
        return startOf(sessionDate.plusDays(day7CallDay));
    }

    public Date day7CallDue(LocalDate sessionDate) {
        return startOf(sessionDate.plusDays(day7CallDay + day7CallGraceDays));
    }

    /** STG-09 EQUIVOCAL: short-interval imaging (ISO 8601 duration). */
    public String equivocalReimagingInterval() {
        return equivocalReimagingInterval;
    }

    /** STG-13: vital status checked at this interval (ISO 8601 duration). */
    public String vitalStatusInterval() {
        return vitalStatusInterval;
    }
}
