package org.ablationpath.followup;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The end of a case's follow-up (pathway.md section 8, outcomes.md 4.14): one per case. */
public interface EndOfFollowUp {

    /** Records the end as the pathway reaches it (schedule completed, non-ablation pathway); publishes nothing. */
    void record(UUID caseId, EndReason reason, LocalDate date, String details);

    /**
     * Records an end a user reports (death, withdrawal, lost, transferred, palliative only) and publishes
     * {@link FollowUpEnded}, which ends the running pathway.
     */
    void end(UUID caseId, EndReason reason, LocalDate date, String details);

    Optional<EndRecord> of(UUID caseId);

    record EndRecord(UUID caseId, EndReason reason, LocalDate date, String details, String recordedBy) {
    }
}
