package org.ablationpath.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The referral's own fields (outcomes.md 4.3) beside the clinical case document. */
public record ReferralDetails(
        @NotNull @Pattern(regexp = "INTERNAL|EXTERNAL_HOSPITAL|GP|SCREENING_PROGRAMME", message = "{referral.source.invalid}") String source,
        @NotNull @Pattern(regexp = "ROUTINE|URGENT", message = "{referral.urgency.invalid}") String urgency,
        @NotBlank @Size(max = 2000) String question) {
}
