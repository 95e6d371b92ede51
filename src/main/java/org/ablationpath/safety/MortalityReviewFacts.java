package org.ablationpath.safety;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Bulk reads of M&M reviews for the outcomes registry; not center-scoped and not logged, the caller scopes. */
public interface MortalityReviewFacts {

    /**
     * Per reviewed case, the latest review's finding on whether the death was procedure-related (outcomes.md OUT-12:
     * {@code procedureRelatedDeath} after M&M review); cases without a review are absent.
     */
    Map<UUID, Boolean> procedureRelatedDeaths(Collection<UUID> caseIds);
}
