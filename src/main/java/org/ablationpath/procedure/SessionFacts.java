package org.ablationpath.procedure;

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
     * Per case, its sessions by number, each with the tumours its applications treated (in application order) and
     * technical success when every one of them succeeded; cases without a session are absent.
     */
    Map<UUID, List<ProcedureSession>> sessionsOfCases(Collection<UUID> caseIds);
}
