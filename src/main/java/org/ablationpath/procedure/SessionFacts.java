package org.ablationpath.procedure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bulk reads of the session records for the outcomes registry (issue 8); not center-scoped, the caller scopes. */
public interface SessionFacts {

    /** Ids of every case with at least one recorded session. */
    List<UUID> casesWithSessions();

    /** Per case, the modality of the first application of its first session (the cohort's modality). */
    Map<UUID, Modality> firstModalities(Collection<UUID> caseIds);

    /**
     * A session as the registry needs it: the tumours its applications treated (in application order) and each one's
     * technical success as the operator recorded it (outcomes.md OUT-01: per tumour and session).
     */
    record SessionFact(UUID id, LocalDate date, IntentType intentType, List<String> tumorIds,
                       Map<String, Boolean> technicalSuccess) {
    }

    /** Per case, its sessions by number; cases without a session are absent. */
    Map<UUID, List<SessionFact>> sessionsOfCases(Collection<UUID> caseIds);
}
