package org.ablationpath.safety;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What is reported about an adverse event (outcomes.md 4.13), the same from the case page and from
 * {@code POST /api/cases/{caseId}/adverse-events}. {@code ctcaeTerm} is a term of {@link CtcaeTerms} (its code and
 * defined grades then apply) or free text; {@code procedureSessionId} names the session it is attributed to, if known.
 * The raw classification facts (safety.md 4.1, 4.3) are optional; the safety rules derive CIRSE 2017 and SIR 2003
 * from them once therapy and sequelae are known. Attribution, interventions, the hospital stay and the outcome are
 * what the reporter knows (outcomes.md 4.13); the review may confirm or change attribution and outcome. An admission
 * date is given exactly when {@code hospitalized} is true.
 */
public record AdverseEventReport(
        UUID procedureSessionId,
        @NotNull LocalDate onsetDate,
        @NotBlank @Size(max = 200) String ctcaeTerm,
        @NotNull @Min(1) @Max(5) Integer gradeAtOnset,
        @Size(max = 4000) String description,
        Boolean solvedWithinProcedure,
        Boolean procedureSucceeded,
        Boolean additionalTherapy,
        @Min(0) @Max(365) Integer additionalHospitalDays,
        @Min(0) @Max(8760) Integer unplannedStayHours,
        Sequelae sequelae,
        Sir2017Severity sir2017Severity,
        Attribution attribution,
        @Size(max = 13) List<@NotNull Intervention> interventions,
        Boolean hospitalized,
        LocalDate admissionDate,
        LocalDate dischargeDate,
        AdverseEventOutcome outcome) {

    /** A report without the raw classification facts (they may be added at review). */
    public AdverseEventReport(UUID procedureSessionId, LocalDate onsetDate, String ctcaeTerm, Integer gradeAtOnset,
                              String description) {
        this(procedureSessionId, onsetDate, ctcaeTerm, gradeAtOnset, description, null, null, null, null, null, null, null);
    }

    /** A report with the raw classification facts but without attribution, interventions, stay and outcome. */
    public AdverseEventReport(UUID procedureSessionId, LocalDate onsetDate, String ctcaeTerm, Integer gradeAtOnset,
                              String description, Boolean solvedWithinProcedure, Boolean procedureSucceeded,
                              Boolean additionalTherapy, Integer additionalHospitalDays, Integer unplannedStayHours,
                              Sequelae sequelae, Sir2017Severity sir2017Severity) {
        this(procedureSessionId, onsetDate, ctcaeTerm, gradeAtOnset, description, solvedWithinProcedure, procedureSucceeded,
                additionalTherapy, additionalHospitalDays, unplannedStayHours, sequelae, sir2017Severity, null, null, null,
                null, null, null);
    }
}
