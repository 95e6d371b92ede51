package org.ablationpath.procedure;

import java.util.UUID;

/** The full procedure records of a case (case page, registry). Not center-scoped: the caller scopes and logs. */
public interface ProcedureRecords {

    ProcedureHistory ofCase(UUID caseId);
}
