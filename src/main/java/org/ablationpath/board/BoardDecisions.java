package org.ablationpath.board;

import java.util.List;
import java.util.UUID;

/** Reading the decisions of a case, newest first. */
public interface BoardDecisions {
    List<BoardDecision> ofCase(UUID caseId);
}
