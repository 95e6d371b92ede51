package org.ablationpath.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Optional;
import org.ablationpath.board.BoardDecisionForm;
import org.ablationpath.board.Concordance;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.board.Intent;
import org.ablationpath.eligibility.RecommendationPanel;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.ui.TaskFormSubmission;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;

/**
 * The board sees the recommendation with its fired rules, then records the decision; the form says as the
 * decision is chosen whether it agrees with the recommendation or needs an override reason.
 */
class BoardDecisionFormView extends VerticalLayout {

    private final BeanValidationBinder<BoardDecisionForm> binder = new BeanValidationBinder<>(BoardDecisionForm.class);
    private final Select<DecisionCode> decisionCode = new Select<>();
    private final Select<Intent> intent = new Select<>();
    private final TextArea rationale = new TextArea();
    private final TextArea overrideReason = new TextArea();
    private final Checkbox reAblationPreAuthorised = new Checkbox();
    private final TrialArmField trialArmAblation = new TrialArmField();
    private final Paragraph concordanceHint = new Paragraph();
    private final UnorderedList otherErrors = new UnorderedList();
    private final FieldErrors fieldErrors = new FieldErrors();

    BoardDecisionFormView(TaskItem task, Optional<StoredEvaluation> recommendation, CaseTasks tasks, Runnable onCompleted) {
        setPadding(false);
        String status = recommendation.map(StoredEvaluation::finalStatus).orElse(null);
        add(new RecommendationPanel(recommendation));
        add(new H3(getTranslation("board.title")));

        decisionCode.setId("decisionCode");
        decisionCode.setLabel(getTranslation("board.decisionCode"));
        decisionCode.setItems(DecisionCode.values());
        decisionCode.setItemLabelGenerator(code -> getTranslation("decision." + code.name()));
        decisionCode.setWidth("24rem");
        intent.setId("intent");
        intent.setLabel(getTranslation("board.intent"));
        intent.setItems(Intent.values());
        intent.setItemLabelGenerator(value -> getTranslation("intent." + value.name()));
        rationale.setId("rationale");
        rationale.setLabel(getTranslation("board.rationale"));
        rationale.setWidthFull();
        rationale.setMaxLength(4000);
        overrideReason.setId("overrideReason");
        overrideReason.setLabel(getTranslation("board.overrideReason"));
        overrideReason.setHelperText(getTranslation("board.overrideReason.help"));
        overrideReason.setWidthFull();
        overrideReason.setMaxLength(2000);
        reAblationPreAuthorised.setId("reAblationPreAuthorised");
        reAblationPreAuthorised.setLabel(getTranslation("board.reAblationPreAuthorised"));
        reAblationPreAuthorised.setHelperText(getTranslation("board.reAblationPreAuthorised.help"));
        reAblationPreAuthorised.setEnabled(false);
        concordanceHint.setId("concordance-hint");
        otherErrors.addClassName("form-errors");

        binder.forField(decisionCode).bind("decisionCode");
        binder.forField(intent).bind("intent");
        binder.forField(rationale).bind("rationale");
        binder.forField(overrideReason).bind("overrideReason");
        binder.forField(reAblationPreAuthorised).bind("reAblationPreAuthorised");
        binder.forField(trialArmAblation).bind("trialArmAblation");
        fieldErrors.bind("decisionCode", decisionCode).bind("intent", intent).bind("rationale", rationale)
                .bind("overrideReason", overrideReason).bind("reAblationPreAuthorised", reAblationPreAuthorised)
                .bind("trialArmAblation", trialArmAblation);
        decisionCode.addValueChangeListener(e -> {
            trialArmAblation.follow(e.getValue());
            followAblative(status);
        });
        trialArmAblation.addValueChangeListener(e -> followAblative(status));

        Button submit = new Button(getTranslation("board.submit"), e -> submit(task, tasks, onCompleted));
        submit.setId("submit-decision");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(decisionCode, trialArmAblation, intent, rationale, concordanceHint, overrideReason, reAblationPreAuthorised,
                otherErrors, submit);
    }

    /** The concordance hint and the pre-authorisation (an ablative decision's only, STG-04) follow code and trial arm. */
    private void followAblative(String status) {
        boolean ablative = trialArmAblation.ablative(decisionCode.getValue());
        showConcordance(decisionCode.getValue(), ablative, status);
        reAblationPreAuthorised.setEnabled(ablative);
        if (!ablative) {
            reAblationPreAuthorised.setValue(false);
        }
    }

    private void showConcordance(DecisionCode code, boolean ablative, String status) {
        if (code == null) {
            concordanceHint.setText("");
        } else if (Concordance.requiresChair(ablative, status)) {
            concordanceHint.setText(getTranslation("board.differs", statusLabel(status)) + " " + getTranslation("board.chairRequired"));
        } else if (Concordance.concordant(ablative, status)) {
            concordanceHint.setText(getTranslation("board.concordant"));
        } else {
            concordanceHint.setText(getTranslation("board.differs", statusLabel(status)));
        }
    }

    private String statusLabel(String status) {
        return status == null ? "—" : getTranslation("status." + status);
    }

    private void submit(TaskItem task, CaseTasks tasks, Runnable onCompleted) {
        TaskFormSubmission.complete(task, tasks, binder, BoardDecisionForm::new, fieldErrors, otherErrors, onCompleted);
    }
}
