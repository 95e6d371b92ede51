package org.ablationpath.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reason the chair gives (deferring a case, a quorum exception). */
public record ReasonForm(@NotBlank @Size(max = 2000) String reason) {
}
