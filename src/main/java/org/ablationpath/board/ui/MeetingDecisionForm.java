package org.ablationpath.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.ablationpath.board.BoardDecisionForm;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.Concordance;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.board.Intent;
import org.ablationpath.board.MeetingCase;
import org.ablationpath.board.PlannedModality;
import org.ablationpath.board.ReasonForm;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;

/**
 * The decision form of meeting mode: the board review form (decision, intent, rationale, override reason) with the
 * target tumours and modality of an ablative decision; deciding completes the case's review task through the meeting,
 * so attendance and quorum are checked. The chair can record a quorum exception or defer the case, with a reason.
 */
class MeetingDecisionForm extends VerticalLayout {

    private final BeanValidationBinder<BoardDecisionForm> binder = new BeanValidationBinder<>(BoardDecisionForm.class);
    final ComboBox<DecisionCode> decisionCode = new ComboBox<>();
    final Select<Intent> intent = new Select<>();
    final CheckboxGroup<String> targetLesions = new CheckboxGroup<>();
    final ComboBox<PlannedModality> plannedModality = new ComboBox<>();
    final TextArea rationale = new TextArea();
    final TextArea overrideReason = new TextArea();
    final TextArea chairReason = new TextArea();
    final Paragraph concordanceHint = new Paragraph();
    final UnorderedList otherErrors = new UnorderedList();
    private final FieldErrors fieldErrors = new FieldErrors();
    final TrialArmField trialArmAblation = new TrialArmField();
    private final MeetingCase c;
    private final BoardMeetings boards;
    private final Runnable onChanged;

    MeetingDecisionForm(MeetingCase c, BoardMeetings boards, CurrentUser currentUser, Runnable onChanged) {
        this.c = c;
        this.boards = boards;
        this.onChanged = onChanged;
        setPadding(false);
        setId("meeting-decision");
        String status = c.recommendation() == null ? null : c.recommendation().finalStatus();
        add(new H3(getTranslation("board.title")));
        decisionCode.setId("decisionCode");
        decisionCode.setLabel(getTranslation("board.decisionCode"));
        decisionCode.setItems(DecisionCode.values());
        decisionCode.setItemLabelGenerator(code -> getTranslation("decision." + code.name()));
        decisionCode.setWidthFull();
        intent.setId("intent");
        intent.setLabel(getTranslation("board.intent"));
        intent.setItems(Intent.values());
        intent.setItemLabelGenerator(value -> getTranslation("intent." + value.name()));
        targetLesions.setId("targetLesions");
        targetLesions.setLabel(getTranslation("meeting.decision.targets"));
        targetLesions.setItems(c.data().tumors() == null ? List.of() : c.data().tumors().stream().map(TumorData::tumorId).toList());
        plannedModality.setId("plannedModality");
        plannedModality.setLabel(getTranslation("meeting.decision.modality"));
        plannedModality.setItems(PlannedModality.values());
        plannedModality.setClearButtonVisible(true);
        rationale.setId("rationale");
        rationale.setLabel(getTranslation("board.rationale"));
        rationale.setWidthFull();
        rationale.setMaxLength(4000);
        overrideReason.setId("overrideReason");
        overrideReason.setLabel(getTranslation("board.overrideReason"));
        overrideReason.setHelperText(getTranslation("board.overrideReason.help"));
        overrideReason.setWidthFull();
        overrideReason.setMaxLength(2000);
        concordanceHint.setId("concordance-hint");
        otherErrors.addClassName("form-errors");
        otherErrors.setId("meeting-decision-errors");
        binder.forField(decisionCode).bind("decisionCode");
        binder.forField(intent).bind("intent");
        binder.forField(rationale).bind("rationale");
        binder.forField(overrideReason).bind("overrideReason");
        binder.forField(plannedModality).bind("plannedModality");
        binder.forField(trialArmAblation).bind("trialArmAblation");
        fieldErrors.bind("decisionCode", decisionCode).bind("intent", intent).bind("rationale", rationale)
                .bind("overrideReason", overrideReason).bind("plannedModality", plannedModality)
                .bind("targetLesions", targetLesions).bind("trialArmAblation", trialArmAblation);
        decisionCode.addValueChangeListener(e -> {
            trialArmAblation.follow(e.getValue());
            followAblative(status);
        });
        trialArmAblation.addValueChangeListener(e -> followAblative(status));
        Button submit = new Button(getTranslation("meeting.decision.submit"), e -> submit());
        submit.setId("submit-decision");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(decisionCode, trialArmAblation, intent, targetLesions, plannedModality, rationale, concordanceHint, overrideReason,
                otherErrors, submit);

        if (currentUser.hasRole(Role.BOARD_CHAIR)) {
            chairReason.setId("chair-reason");
            chairReason.setLabel(getTranslation("meeting.chair.reason"));
            chairReason.setWidthFull();
            chairReason.setMaxLength(2000);
            Button exception = new Button(getTranslation("meeting.chair.exception"), e -> chairAction(true));
            exception.setId("quorum-exception");
            Button defer = new Button(getTranslation("meeting.chair.defer"), e -> chairAction(false));
            defer.setId("defer-case");
            defer.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new H3(getTranslation("meeting.chair.title")), chairReason, exception, defer);
        }
    }

    /** Target tumours and modality belong to an ablative decision (a trial's too when its treatment is an ablation). */
    private void followAblative(String status) {
        boolean ablative = trialArmAblation.ablative(decisionCode.getValue());
        targetLesions.setEnabled(ablative);
        plannedModality.setEnabled(ablative);
        if (!ablative) {
            targetLesions.clear();
            plannedModality.clear();
        }
        concordanceHint.setText(hint(decisionCode.getValue(), ablative, status));
    }

    private String hint(DecisionCode code, boolean ablative, String status) {
        String label = status == null ? "—" : getTranslation("status." + status);
        if (code == null) {
            return "";
        } else if (Concordance.requiresChair(ablative, status)) {
            return getTranslation("board.differs", label) + " " + getTranslation("board.chairRequired");
        } else if (Concordance.concordant(ablative, status)) {
            return getTranslation("board.concordant");
        }
        return getTranslation("board.differs", label);
    }

    void submit() {
        fieldErrors.clear();
        otherErrors.removeAll();
        BoardDecisionForm form = new BoardDecisionForm();
        try {
            binder.writeBean(form);
        } catch (ValidationException invalid) {
            return;
        }
        form.setTargetLesions(new ArrayList<>(targetLesions.getValue()));
        try {
            boards.decide(c.meeting().id(), c.item().id(), form);
            onChanged.run();
        } catch (InvalidInputException invalid) {
            showUnmatched(fieldErrors.show(invalid.problems()));
        } catch (ConflictException conflict) {
            BoardUi.error(getTranslation("error.conflict", conflict.getMessage()));
        }
    }

    void chairAction(boolean exception) {
        otherErrors.removeAll();
        chairReason.setInvalid(false);
        try {
            ReasonForm reason = new ReasonForm(chairReason.getValue());
            if (exception) {
                boards.recordQuorumException(c.meeting().id(), c.item().id(), reason);
            } else {
                boards.defer(c.meeting().id(), c.item().id(), reason);
            }
            onChanged.run();
        } catch (InvalidInputException invalid) {
            chairReason.setInvalid(true);
            chairReason.setErrorMessage(invalid.problems().stream().map(FieldProblem::message).findFirst().orElse(""));
        } catch (ConflictException conflict) {
            BoardUi.error(getTranslation("error.conflict", conflict.getMessage()));
        }
    }

    private void showUnmatched(List<FieldProblem> unmatched) {
        unmatched.forEach(p -> otherErrors.add(new ListItem(p.field() + ": " + p.message())));
    }

    StoredEvaluation recommendation() {
        return c.recommendation();
    }
}
