package org.ablationpath.procedure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.referral.CaseDirectory;
import org.springframework.stereotype.Component;

/** Reads the patient facts of a case from its stored case document, as of today. */
@Component
public class CaseFactsReader {

    private final CaseDirectory cases;
    private final Clock clock;

    CaseFactsReader(CaseDirectory cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    public PatientFacts of(UUID caseId) {
        return PatientFacts.of(cases.caseDocument(caseId, LocalDate.now(clock)));
    }
}
