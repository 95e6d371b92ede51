package org.ablationpath.board.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.BoardDecisions;
import org.ablationpath.board.SubsequentTreatment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaBoardDecisions implements BoardDecisions {

    private final BoardDecisionRepository decisions;
    private final SubsequentTreatmentRepository treatments;

    JpaBoardDecisions(BoardDecisionRepository decisions, SubsequentTreatmentRepository treatments) {
        this.decisions = decisions;
        this.treatments = treatments;
    }

    @Override
    public List<BoardDecision> ofCase(UUID caseId) {
        return decisions.findByCaseIdOrderByDecidedAtDesc(caseId).stream().map(BoardDecisionEntity::toDecision).toList();
    }

    @Override
    public List<SubsequentTreatment> subsequentTreatments(UUID caseId) {
        return treatments.findByCaseIdOrderByCreatedAtDesc(caseId).stream().map(SubsequentTreatmentEntity::toRecord).toList();
    }
}
