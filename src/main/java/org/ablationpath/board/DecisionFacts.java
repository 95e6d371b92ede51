package org.ablationpath.board;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bulk reads of the board decisions for the outcomes registry (issue 8); not center-scoped, the caller scopes. */
public interface DecisionFacts {

    /** A decision as the registry needs it: when, with which intent, and whether it followed the recommendation. */
    record DecisionFact(Instant decidedAt, Intent intent, boolean concordant) {
    }

    /** Per case, its decisions oldest first; cases without are absent. */
    Map<UUID, List<DecisionFact>> decisionsOfCases(Collection<UUID> caseIds);
}
