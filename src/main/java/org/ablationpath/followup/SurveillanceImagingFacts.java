package org.ablationpath.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk reads, for the outcomes registry, of the imaging read at surveillance visits: the per-lesion results
 * (outcomes.md 4.11) recorded with a done follow-up visit. The response study at about one month is the imaging
 * module's; these are the later studies that censor the imaging-based endpoints and show LTP (outcomes.md section 2).
 * Not center-scoped, the caller scopes.
 */
public interface SurveillanceImagingFacts {

    /** One visit's imaging: the visit date and each read tumour's ablation response. */
    record VisitImagingFact(LocalDate visitDate, Map<String, LesionResponse> responses) {
    }

    /** Per case, its visits with at least one lesion result, oldest first; cases without are absent. */
    Map<UUID, List<VisitImagingFact>> visitImagingOfCases(Collection<UUID> caseIds);
}
