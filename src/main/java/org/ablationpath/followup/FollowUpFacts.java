package org.ablationpath.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The follow-up records the outcomes registry computes from (issue 8); not center-scoped, the caller scopes. */
public interface FollowUpFacts {

    /** A recorded disease event (outcomes.md 4.14); tumorId null for patient-level events. */
    record DiseaseEventFact(DiseaseEventType type, String tumorId, LocalDate detectionDate) {
    }

    /** The newest vital status (outcomes.md 4.14). */
    record VitalStatusFact(VitalStatus status, LocalDate lastContactDate, LocalDate deathDate, CauseOfDeath causeOfDeath) {
    }

    /** A grid visit with its actual date (outcomes.md 4.12). */
    record GridVisitFact(String label, LocalDate targetDate, LocalDate windowStart, LocalDate windowEnd,
                         LocalDate actualDate, VisitStatus status) {
    }

    List<DiseaseEventFact> diseaseEvents(UUID caseId);

    /** The vital status with the latest last-contact date; a recorded death wins over later contacts. */
    Optional<VitalStatusFact> vitalStatus(UUID caseId);

    /** Grid visits of the case, by target date. */
    List<GridVisitFact> gridVisits(UUID caseId);
}
