package org.ablationpath.board.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.BoardDecisions;
import org.ablationpath.board.SubsequentTreatment;
import org.ablationpath.platform.workflow.CaseSection;

/**
 * The board's decisions on the case page and as {@code decisions} in {@code GET /api/cases/{id}}, each with its
 * {@code followThrough} (whether the decided treatment started) once recorded.
 */
@org.springframework.stereotype.Component
class DecisionSection implements CaseSection {

    /** A decision as the case shows it: its fields, and what became of it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DecisionEntry(@JsonUnwrapped BoardDecision decision, SubsequentTreatment followThrough) {
    }

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
        List<DecisionEntry> found = entries(caseId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    @Override
    public Component render(UUID caseId) {
        return new DecisionsPanel(entries(caseId));
    }

    private List<DecisionEntry> entries(UUID caseId) {
        List<SubsequentTreatment> treatments = decisions.subsequentTreatments(caseId);
        return decisions.ofCase(caseId).stream()
                .map(d -> new DecisionEntry(d, treatments.stream().filter(t -> t.decisionId().equals(d.id())).findFirst().orElse(null)))
                .toList();
    }
}
