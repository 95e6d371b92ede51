package org.ablationpath.patient;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bulk reads of the lesions for the outcomes registry (issue 8); not center-scoped, the caller scopes. */
public interface LesionFacts {

    /** A tumour's identity, organ and histology, without the organ-specific details of {@link LesionRecord}. */
    record LesionFact(String tumorKey, String organ, String histology) {
    }

    /** Per case, its lesions that are not voided, by tumour key (the order of {@link PatientService#lesionsOfCase}). */
    Map<UUID, List<LesionFact>> lesionsOfCases(Collection<UUID> caseIds);
}
