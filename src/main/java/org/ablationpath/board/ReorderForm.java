package org.ablationpath.board;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.UUID;

/** The agenda's items in the chair's order; items not listed keep their order after the listed ones. */
public record ReorderForm(@NotEmpty List<UUID> itemIds) {
}
