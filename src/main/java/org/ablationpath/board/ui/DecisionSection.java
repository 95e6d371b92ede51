package org.ablationpath.board.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.BoardDecisions;
import org.ablationpath.platform.workflow.CaseSection;

/** The board's decisions on the case page and as {@code decisions} in {@code GET /api/cases/{id}}. */
@org.springframework.stereotype.Component
class DecisionSection implements CaseSection {

    private final BoardDecisions decisions;

    DecisionSection(BoardDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public String key() {
        return "decisions";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Object> data(UUID caseId) {
        List<BoardDecision> found = decisions.ofCase(caseId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    @Override
    public Component render(UUID caseId) {
        return new DecisionsPanel(decisions.ofCase(caseId));
    }
}
