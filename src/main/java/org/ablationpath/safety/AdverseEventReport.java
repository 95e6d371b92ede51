package org.ablationpath.safety;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What is reported about an adverse event (outcomes.md 4.13), the same from the case page and from
 * {@code POST /api/cases/{caseId}/adverse-events}. {@code ctcaeTerm} is a term of {@link CtcaeTerms} (its code and
 * defined grades then apply) or free text; {@code procedureSessionId} names the session it is attributed to, if known.
 */
public record AdverseEventReport(
        UUID procedureSessionId,
        @NotNull LocalDate onsetDate,
        @NotBlank @Size(max = 200) String ctcaeTerm,
        @NotNull @Min(1) @Max(5) Integer gradeAtOnset,
        @Size(max = 4000) String description) {
}
