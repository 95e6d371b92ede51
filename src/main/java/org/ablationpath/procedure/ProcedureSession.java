package org.ablationpath.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One recorded session: its number in the case (1 = first), date, intent type and the tumours treated. */
public record ProcedureSession(UUID id, UUID caseId, int number, LocalDate date, IntentType intentType,
                               List<String> tumorIds, boolean technicalSuccess) {
}
