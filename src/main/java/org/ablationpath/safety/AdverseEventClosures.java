package org.ablationpath.safety;

import java.util.List;
import java.util.UUID;

/** The 30-day adverse-event closures (TMR-10) of the cases of the signed-in user's centers; every read is logged. */
public interface AdverseEventClosures {

    /** The case's closures, oldest session first; empty for a case the user may not see. */
    List<AdverseEventClosure> ofCase(UUID caseId);
}
