package org.ablationpath.safety;

import java.util.List;
import java.util.UUID;

/** The morbidity and mortality reviews of a case (TMR-11), for the case page; reading them is logged. */
public interface MortalityReviews {

    /** The reviews of a case of the user's centers, latest first (empty for another center's case). */
    List<MortalityReview> ofCase(UUID caseId);
}
