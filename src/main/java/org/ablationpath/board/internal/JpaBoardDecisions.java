package org.ablationpath.board.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.BoardDecisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaBoardDecisions implements BoardDecisions {

    private final BoardDecisionRepository decisions;

    JpaBoardDecisions(BoardDecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<BoardDecision> ofCase(UUID caseId) {
        return decisions.findByCaseIdOrderByDecidedAtDesc(caseId).stream().map(BoardDecisionEntity::toDecision).toList();
    }
}
