package org.ablationpath.safety;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An adverse event of a case (outcomes.md 4.13) as reported, with its review by the interventional radiologist once
 * done (the review fields are null until then), the raw classification facts, and the classification the safety rules
 * derived (timing, CIRSE 2017, SIR 2003, major, serious, expected side effect) with the rules version. Attribution and
 * outcome are the reporter's until the review confirms or changes them; interventions and the hospital stay are as
 * reported.
 */
public record AdverseEvent(UUID id, UUID caseId, String centerId, UUID procedureSessionId, LocalDate onsetDate,
                           String ctcaeVersion, String ctcaeTermCode, String ctcaeTerm, int gradeAtOnset,
                           String description, String reportedBy, Instant reportedAt,
                           Integer worstGrade, Attribution attribution, Boolean expectedSideEffect,
                           AdverseEventOutcome outcome, String reviewNote, String reviewedBy, Instant reviewedAt,
                           Boolean solvedWithinProcedure, Boolean procedureSucceeded, Boolean additionalTherapy,
                           Integer additionalHospitalDays, Integer unplannedStayHours, Sequelae sequelae,
                           Sir2017Severity sir2017Severity, AeClassification classification, String safetyRulesVersion,
                           List<Intervention> interventions, Boolean hospitalized, LocalDate admissionDate,
                           LocalDate dischargeDate) {

    @JsonProperty("reviewed")
    public boolean reviewed() {
        return reviewedAt != null;
    }
}
