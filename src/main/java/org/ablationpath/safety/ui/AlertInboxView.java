package org.ablationpath.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.safety.Alert;
import org.ablationpath.safety.Alerts;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The alert inbox (safety.md 6): the user's alerts of their centers addressed to one of their roles, unacknowledged
 * first, then by priority and due time; a selected open alert is acknowledged with a short note.
 */
@Route("alerts")
@PageTitle("Alerts · AblationPath")
@RolesAllowed({Roles.REFERRING_PHYSICIAN, Roles.INTERVENTIONAL_RADIOLOGIST, Roles.TUMOR_BOARD, Roles.BOARD_CHAIR,
        Roles.NURSE, Roles.DATA_MANAGER})
public class AlertInboxView extends VerticalLayout {

    /** The field of the acknowledgement form (Binder validates the note next to the field). */
    static final class Acknowledgement {
        private String note = "";

        String getNote() {
            return note;
        }

        void setNote(String note) {
            this.note = note;
        }
    }

    final Grid<Alert> grid = new Grid<>();
    final Div acknowledgePanel = new Div();
    final Paragraph selectedSummary = new Paragraph();
    final TextArea note = new TextArea();
    final Button acknowledge = new Button();
    final Span error = new Span();
    private final Binder<Acknowledgement> binder = new Binder<>();
    private final Alerts alerts;
    private final boolean mayOpenCases;
    private final AlertTexts texts;
    private Alert selected;

    AlertInboxView(Alerts alerts, CurrentUser currentUser) {
        this.alerts = alerts;
        this.mayOpenCases = currentUser.roles().stream().anyMatch(r -> r == Role.REFERRING_PHYSICIAN
                || r == Role.INTERVENTIONAL_RADIOLOGIST || r == Role.TUMOR_BOARD || r == Role.NURSE);
        this.texts = new AlertTexts(this);
        setSizeFull();
        add(new H2(getTranslation("alerts.inbox.title")));

        grid.setId("alert-inbox");
        grid.addColumn(stateBadge()).setKey("state").setHeader(getTranslation("alerts.state")).setAutoWidth(true);
        grid.addColumn(priorityBadge()).setKey("priority").setHeader(getTranslation("alerts.priority")).setAutoWidth(true);
        grid.addColumn(Alert::ruleId).setHeader(getTranslation("alerts.rule")).setAutoWidth(true);
        grid.addColumn(patient()).setKey("patient").setHeader(getTranslation("alerts.patient")).setAutoWidth(true);
        grid.addColumn(a -> a.trigger() == null ? "" : a.trigger()).setHeader(getTranslation("alerts.trigger")).setFlexGrow(2);
        grid.addColumn(Alert::occurrenceCount).setHeader(getTranslation("alerts.count")).setAutoWidth(true);
        grid.addColumn(a -> texts.time(a.dueAt())).setHeader(getTranslation("alerts.due")).setAutoWidth(true);
        grid.addColumn(a -> a.escalationLevel() == 0 ? "—" : String.valueOf(a.escalationLevel()))
                .setHeader(getTranslation("alerts.escalationLevel")).setAutoWidth(true);
        grid.addColumn(acknowledgeButton()).setKey("acknowledge").setAutoWidth(true);
        addAndExpand(grid);

        note.setId("ack-note");
        note.setLabel(getTranslation("alerts.ack.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        binder.forField(note)
                .asRequired(getTranslation("alerts.ack.noteRequired"))
                .withValidator(new StringLengthValidator(getTranslation("alerts.ack.noteTooLong"), 0, 500))
                .bind(Acknowledgement::getNote, Acknowledgement::setNote);
        acknowledge.setText(getTranslation("alerts.ack.submit"));
        acknowledge.setId("ack-submit");
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.addClickListener(e -> submit());
        Button cancel = new Button(getTranslation("alerts.ack.cancel"), e -> select(null));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        error.setId("ack-error");
        error.addClassName("error-text");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        selectedSummary.setId("ack-summary");
        acknowledgePanel.setId("acknowledge-panel");
        acknowledgePanel.setWidthFull();
        acknowledgePanel.add(new H3(getTranslation("alerts.ack.title")), selectedSummary, note,
                new HorizontalLayout(acknowledge, cancel), error);
        acknowledgePanel.setVisible(false);
        add(acknowledgePanel);
        refresh();
    }

    final void refresh() {
        grid.setItems(alerts.inbox());
    }

    /** Opens the acknowledgement form for an open alert (null closes it). */
    void select(Alert alert) {
        selected = alert;
        error.setText("");
        binder.setBean(new Acknowledgement());
        acknowledgePanel.setVisible(alert != null);
        if (alert != null) {
            selectedSummary.setText(alert.ruleId() + " · " + texts.priority(alert.priority()) + " · "
                    + Optional.ofNullable(alert.patientPseudonym()).orElse("") + " · "
                    + Optional.ofNullable(alert.message()).orElse(Optional.ofNullable(alert.trigger()).orElse("")));
            note.focus();
        }
    }

    void submit() {
        error.setText("");
        if (selected == null || binder.validate().hasErrors()) {
            return;
        }
        try {
            alerts.acknowledge(selected.id(), binder.getBean().getNote(), selected.version());
            select(null);
            refresh();
        } catch (InvalidInputException invalid) {
            note.setInvalid(true);
            note.setErrorMessage(invalid.problems().isEmpty() ? invalid.getMessage() : invalid.problems().get(0).message());
        } catch (ConflictException | ObjectOptimisticLockingFailureException conflict) {
            error.setText(getTranslation("alerts.ack.conflict"));
            refresh();
        }
    }

    List<Alert> shown() {
        return grid.getGenericDataView().getItems().toList();
    }

    // The cells below are drawn in the browser by LitRenderers from a few properties per row: no server-side
    // components, listeners or state nodes per row (issue 9, heap and CPU per session). Bindings are text-escaped.
    // No property is ever null (an empty string hides a button): Karibu's GridKt._get renders templates and fails on null.

    private LitRenderer<Alert> stateBadge() {
        return LitRenderer.<Alert>of("<span theme=\"${item.theme}\" class=\"alert-state\" data-state=\"${item.state}\">${item.text}</span>")
                .withProperty("theme", AlertTexts::stateTheme)
                .withProperty("state", AlertTexts::state)
                .withProperty("text", texts::stateText);
    }

    private LitRenderer<Alert> priorityBadge() {
        return LitRenderer.<Alert>of("<span theme=\"${item.theme}\" class=\"alert-priority\">${item.text}</span>")
                .withProperty("theme", a -> AlertTexts.priorityTheme(a.priority()))
                .withProperty("text", a -> texts.priority(a.priority()));
    }

    /** A link to the case page for the roles that may open it (as {@link AlertTexts#caseLink}), else the pseudonym. */
    private LitRenderer<Alert> patient() {
        String template = mayOpenCases
                ? "<a class=\"alert-case-link\" router-link href=\"cases/${item.caseId}\">${item.patient}</a>"
                : "<span>${item.patient}</span>";
        return LitRenderer.<Alert>of(template)
                .withProperty("caseId", a -> a.caseId().toString())
                .withProperty("patient", a -> Optional.ofNullable(a.patientPseudonym()).orElse(a.caseId().toString().substring(0, 8)));
    }

    /** Opens the acknowledgement form; only open alerts have the button. */
    private LitRenderer<Alert> acknowledgeButton() {
        String openText = getTranslation("alerts.ack.open");
        return LitRenderer.<Alert>of("""
                        ${item.label ? html`<vaadin-button theme="small" class="acknowledge-alert" data-rule="${item.rule}" \
                        data-alert-id="${item.id}" @click=${select}>${item.label}</vaadin-button>` : ''}""")
                .withProperty("label", a -> a.acknowledged() ? "" : openText)
                .withProperty("rule", Alert::ruleId)
                .withProperty("id", a -> a.id().toString())
                .withFunction("select", this::select);
    }
}
