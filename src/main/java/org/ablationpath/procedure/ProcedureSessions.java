package org.ablationpath.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ablation sessions of a case, as the pathway and the follow-up schedule need them. */
public interface ProcedureSessions {

    /** Sessions recorded for the case, oldest first. */
    List<ProcedureSession> sessions(UUID caseId);

    /** The planned date of the next session, from the newest pre-procedure checklist not yet followed by a session. */
    Optional<LocalDate> plannedProcedureDate(UUID caseId);
}
