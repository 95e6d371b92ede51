package org.ablationpath.safety;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An adverse event of a case (outcomes.md 4.13) as reported, with its review by the interventional radiologist once
 * done (the review fields are null until then).
 */
public record AdverseEvent(UUID id, UUID caseId, String centerId, UUID procedureSessionId, LocalDate onsetDate,
                           String ctcaeVersion, String ctcaeTermCode, String ctcaeTerm, int gradeAtOnset,
                           String description, String reportedBy, Instant reportedAt,
                           Integer worstGrade, Attribution attribution, Boolean expectedSideEffect,
                           AdverseEventOutcome outcome, String reviewNote, String reviewedBy, Instant reviewedAt) {

    @JsonProperty("reviewed")
    public boolean reviewed() {
        return reviewedAt != null;
    }
}
