package org.ablationpath.pathway;

import java.util.List;
import java.util.UUID;

/** Deviations from the path: recorded by the pathway when they happen, explained with a coded reason by a person. */
public interface PathwayDeviations {

    /** The configuration property listing the reason codes (pathway.md publishes none: a local list). */
    String REASONS_PROPERTY = "ablationpath.deviation-reasons";

    /** Records a deviation of the case as the pathway sees it happen, about nothing in particular (never merged). */
    UUID record(UUID caseId, String centerId, DeviationCode code);

    /**
     * Records a deviation of the case about a subject (the missed visit, the due date of the timer that fired) once:
     * when the same case, code and subject is already stored (a timer job run twice), returns that deviation's id.
     */
    UUID record(UUID caseId, String centerId, DeviationCode code, String subject);

    /** The deviations of a case of the user's centers, oldest first (empty for another center's case). */
    List<Deviation> of(UUID caseId);

    /**
     * Gives the reason for a deviation of a case of the user's centers.
     *
     * @throws org.ablationpath.platform.web.InvalidInputException naming {@code reasonCode} when it is not a configured code
     * @throws org.ablationpath.platform.web.ConflictException when a reason was given already
     */
    void giveReason(UUID caseId, UUID deviationId, DeviationReasonForm reason);

    List<String> reasonCodes();
}
