package org.ablationpath.board;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The chair adds a case whose board review is open to a meeting's agenda. */
public record AgendaAddForm(@NotNull UUID caseId, @Size(max = 2000) String reason) {
}
