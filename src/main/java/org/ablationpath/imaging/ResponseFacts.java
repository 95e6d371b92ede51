package org.ablationpath.imaging;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bulk reads of the response studies for the outcomes registry (issue 8); not center-scoped, the caller scopes. */
public interface ResponseFacts {

    /** A study as the outcome timeline needs it: what it showed and each assessed tumour's response. */
    record StudyFact(LocalDate studyDate, boolean contrast, boolean newIntraOrganTumour, boolean extraOrganDisease,
                     Map<String, TumorResponse> responses) {
    }

    /** Per case, its studies newest first (the order of {@link ResponseAssessments#ofCase}); cases without are absent. */
    Map<UUID, List<StudyFact>> studiesOfCases(Collection<UUID> caseIds);
}
