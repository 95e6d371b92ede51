package org.ablationpath.safety;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Bulk reads of adverse events for the outcomes registry (issue 8); not center-scoped and not logged, the caller scopes. */
public interface AdverseEventFacts {

    /** Per case, the sessions to which an adverse event of this CTCAE term is attributed (e.g. QI-12). */
    Map<UUID, Set<UUID>> sessionsWithTerm(Collection<UUID> caseIds, String ctcaeTerm);

    /** Per case, the sessions with an adverse event the safety rules classified as a major complication (QI-03). */
    Map<UUID, Set<UUID>> sessionsWithMajorComplication(Collection<UUID> caseIds);
}
