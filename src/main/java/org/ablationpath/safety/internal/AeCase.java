package org.ablationpath.safety.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.ablationpath.safety.AeClassification;
import org.ablationpath.safety.SafetyFacts.AdverseEventFacts;

/**
 * An adverse event as the classification and alert rules see it: the raw facts (read-only) and the classes the
 * classification rules derive (set once each by mutually exclusive rules).
 */
public final class AeCase {

    /** Interventions taken as major therapy or an unplanned increase in the level of care (SIR 2003 class D; Ev. L). */
    private static final Set<String> MAJOR_THERAPY = Set.of("SURGERY", "ICU", "EMBOLIZATION", "DIALYSIS");

    private final AdverseEventFacts facts;
    private final LocalDate sessionDate;
    private final Integer dayPostProcedure;
    private final LocalDate evaluationDate;
    private String timingCategory;
    private Integer cirse2017Grade;
    private String sir2003Class;
    private Boolean majorComplication;
    private Boolean serious;
    private Boolean expectedSideEffect;

    /** @param evaluationDate the day of the assessment; an admission without discharge has lasted until then */
    public AeCase(AdverseEventFacts facts, LocalDate sessionDate, LocalDate evaluationDate) {
        this.facts = facts;
        this.sessionDate = sessionDate;
        this.evaluationDate = evaluationDate;
        this.dayPostProcedure = sessionDate == null || facts.onsetDate() == null ? null
                : (int) ChronoUnit.DAYS.between(sessionDate, facts.onsetDate());
    }

    public String getRef() { return facts.ref(); }
    /** The alert cause key of this event (one alert per event and class). */
    public String getCauseKey() { return "AE:" + facts.ref(); }
    public String getTerm() { return facts.ctcaeTerm(); }
    public LocalDate getSessionDate() { return sessionDate; }

    /** The grade that counts: the worst grade once reviewed, else the grade at onset. */
    public int getCtcaeGrade() {
        Integer g = facts.worstGrade() != null ? facts.worstGrade() : facts.gradeAtOnset();
        return g == null ? 0 : g;
    }

    /** TMG-01: onset date minus the attributed session's date; null without a session at or before onset. */
    public Integer getDayPostProcedure() { return dayPostProcedure; }

    /** The CIRSE facts are known: therapy and sequelae given, or the patient died. */
    public boolean isCirseFactsKnown() {
        return isDeath() || (facts.additionalTherapy() != null && facts.sequelae() != null);
    }

    public boolean isDeath() {
        return facts.deathDate() != null || "FATAL".equals(facts.outcome()) || getCtcaeGrade() == 5;
    }

    public boolean isAdditionalTherapy() { return Boolean.TRUE.equals(facts.additionalTherapy()); }
    public boolean isSolvedWithinProcedure() { return Boolean.TRUE.equals(facts.solvedWithinProcedure()); }
    public String getSequelae() { return facts.sequelae() == null ? "NONE" : facts.sequelae(); }
    public String getSir2017Severity() { return facts.sir2017Severity(); }

    public boolean isMajorTherapy() {
        List<String> interventions = facts.interventions() == null ? List.of() : facts.interventions();
        return interventions.stream().anyMatch(MAJOR_THERAPY::contains);
    }

    /**
     * Unplanned stay in hours: as entered, else additional hospital days times 24, else admission to discharge.
     * 0 when nothing says the patient stayed.
     */
    public int getStayHours() {
        if (facts.unplannedStayHours() != null) {
            return facts.unplannedStayHours();
        }
        Integer days = getHospitalDays();
        return days == null ? 0 : days * 24;
    }

    /**
     * Additional hospital days as entered, else admission to discharge. An admission not yet discharged counts up to
     * the evaluation date: safety.md gives the SAE, CIRSE and SIR cut-offs on the length of the stay ("hospitalisation
     * >= 24 h or prolonged", "stay of less than 48 h", "longer than 48 h") and says nothing of a stay still running,
     * so the stay is what has been completed so far, and the classes rise as it lasts (the event is classified again
     * when it is reviewed or reported again).
     */
    public Integer getHospitalDays() {
        if (facts.additionalHospitalDays() != null) {
            return facts.additionalHospitalDays();
        }
        LocalDate end = facts.dischargeDate() != null ? facts.dischargeDate() : evaluationDate;
        if (facts.admissionDate() != null && end != null && !end.isBefore(facts.admissionDate())) {
            return (int) ChronoUnit.DAYS.between(facts.admissionDate(), end);
        }
        return null;
    }

    /**
     * Admitted for the event and not yet discharged: an unplanned stay however short so far, so never CIRSE 1 or
     * SIR A ("no deviation from the normal post-procedure course", "no consequence"; safety.md 4.1, 4.2).
     */
    public boolean isOngoingAdmission() {
        return facts.admissionDate() != null && facts.dischargeDate() == null;
    }

    /** The reviewer's own answer on expected side effect, if given (it wins over the derived one). */
    public Boolean getReviewedExpectedSideEffect() { return facts.expectedSideEffect(); }

    public String getTimingCategory() { return timingCategory; }
    public void setTimingCategory(String timingCategory) { this.timingCategory = timingCategory; }
    public Integer getCirse2017Grade() { return cirse2017Grade; }
    public void setCirse2017Grade(Integer cirse2017Grade) { this.cirse2017Grade = cirse2017Grade; }
    public String getSir2003Class() { return sir2003Class; }
    public void setSir2003Class(String sir2003Class) { this.sir2003Class = sir2003Class; }
    public Boolean getMajorComplication() { return majorComplication; }
    public void setMajorComplication(Boolean majorComplication) { this.majorComplication = majorComplication; }
    public Boolean getSerious() { return serious; }
    public void setSerious(Boolean serious) { this.serious = serious; }
    public Boolean getExpectedSideEffect() { return expectedSideEffect; }
    public void setExpectedSideEffect(Boolean expectedSideEffect) { this.expectedSideEffect = expectedSideEffect; }

    public AeClassification toClassification() {
        Integer onset = facts.gradeAtOnset();
        return new AeClassification(facts.ref(), facts.ctcaeTerm(), getCtcaeGrade() == 0 ? null : getCtcaeGrade(), onset,
                facts.worstGrade(), dayPostProcedure, timingCategory,
                dayPostProcedure == null ? null : dayPostProcedure >= 0 && dayPostProcedure <= 10,
                Boolean.TRUE.equals(expectedSideEffect), cirse2017Grade, sir2003Class, facts.sir2017Severity(),
                Boolean.TRUE.equals(majorComplication), Boolean.TRUE.equals(serious), getHospitalDays());
    }

    @Override
    public String toString() {
        return "AE " + facts.ref() + " " + facts.ctcaeTerm() + " G" + getCtcaeGrade() + " day " + dayPostProcedure
                + " therapy " + facts.additionalTherapy() + " stayH " + getStayHours() + " sequelae " + facts.sequelae()
                + " death " + isDeath() + " sir17 " + facts.sir2017Severity();
    }
}
