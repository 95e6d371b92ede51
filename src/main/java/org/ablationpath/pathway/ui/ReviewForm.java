package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.ablationpath.eligibility.EvaluationReview;
import org.ablationpath.eligibility.OverrideReasons;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;

/**
 * Accept or override the latest recommendation: a coded reason from the local list (no published codes exist) and
 * free text, required (at least 20 characters) for an override.
 */
class ReviewForm extends VerticalLayout {

    interface Submit {
        void review(String decision, String reasonCode, String comment);
    }

    final RadioButtonGroup<String> decision = new RadioButtonGroup<>();
    final Select<String> reason = new Select<>();
    final TextArea comment = new TextArea();
    final Button save = new Button();
    private final Paragraph problems = new Paragraph();
    private final FieldErrors errors = new FieldErrors();

    ReviewForm(OverrideReasons reasons, Submit submit) {
        setId("review-form");
        setPadding(false);
        setSpacing(false);
        add(new H4(getTranslation("review.title")));

        decision.setLabel(getTranslation("review.decision"));
        decision.setItems(EvaluationReview.ACCEPT, EvaluationReview.OVERRIDE);
        decision.setItemLabelGenerator(d -> getTranslation("review.decision." + d));
        decision.setId("review-decision");

        reason.setLabel(getTranslation("review.reason"));
        reason.setHelperText(getTranslation("review.reason.localList"));
        reason.setItems(reasons.codes());
        reason.setItemLabelGenerator(this::reasonLabel);
        reason.setEmptySelectionAllowed(true);
        reason.setId("review-reason");

        comment.setLabel(getTranslation("review.comment"));
        comment.setHelperText(getTranslation("review.comment.help", EvaluationReview.MIN_OVERRIDE_COMMENT));
        comment.setMaxLength(4000);
        comment.setWidthFull();
        comment.setId("review-comment");

        save.setText(getTranslation("review.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("review-save");
        problems.addClassName("form-problems");

        errors.bind("decision", decision).bind("reasonCode", reason).bind("comment", comment);
        save.addClickListener(click -> {
            errors.clear();
            problems.setText("");
            try {
                submit.review(decision.getValue(), reason.getValue(), comment.getValue());
            } catch (InvalidInputException invalid) {
                List<FieldProblem> rest = errors.show(invalid.problems());
                problems.setText(String.join(" ", rest.stream().map(FieldProblem::message).toList()));
            }
        });
        add(decision, reason, comment, save, problems);
    }

    private String reasonLabel(String code) {
        if (code == null) {
            return "";
        }
        String label = getTranslation("review.reason." + code);
        return label.startsWith("!") ? code : label;
    }

    /** The newest review of an evaluation, in one line. */
    static Component summary(EvaluationReview review, Component context) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        String reasonKey = "review.reason." + review.reasonCode();
        String reason = review.reasonCode() == null ? "" : context.getTranslation(reasonKey);
        if (reason.startsWith("!")) {
            reason = review.reasonCode();
        }
        Paragraph p = new Paragraph(context.getTranslation("review.summary",
                context.getTranslation("review.decision." + review.decision()), review.reviewedBy(),
                when.format(review.reviewedAt().atZone(ZoneId.systemDefault())))
                + (reason.isEmpty() ? "" : " · " + reason)
                + (review.comment() == null ? "" : " · " + review.comment()));
        p.setId("latest-review");
        p.addClassName("rule-meta");
        return p;
    }
}
