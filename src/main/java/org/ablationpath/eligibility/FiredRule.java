package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A rule that fired, with the rationale and source shown to the board. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FiredRule(String id, String outcome, String message, String rationale, String source, String tumorId) {
}
