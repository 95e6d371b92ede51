package org.ablationpath.board;

import java.util.List;
import java.util.UUID;

/** Reading the decisions of a case and what became of them, newest first. */
public interface BoardDecisions {
    List<BoardDecision> ofCase(UUID caseId);

    /** The recorded follow-through of the case's decisions (decision-follow-through task), newest first. */
    List<SubsequentTreatment> subsequentTreatments(UUID caseId);
}
