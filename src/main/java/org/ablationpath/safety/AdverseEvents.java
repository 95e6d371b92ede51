package org.ablationpath.safety;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Adverse events of the cases of the signed-in user's centers; every read is logged. */
public interface AdverseEvents {

    /**
     * Records an adverse event on a visible case and publishes {@link AdverseEventReported} in the same transaction.
     *
     * @throws org.ablationpath.platform.web.InvalidInputException naming each failing field; nothing is stored then
     * @throws org.ablationpath.platform.web.NotFoundException     when the case is unknown or of another center
     */
    AdverseEvent report(UUID caseId, AdverseEventReport report);

    /** The case's adverse events, newest onset first. @throws org.ablationpath.platform.web.NotFoundException */
    List<AdverseEvent> ofCase(UUID caseId);

    /** One adverse event of a visible case. */
    Optional<AdverseEvent> find(UUID caseId, UUID adverseEventId);
}
