package org.ablationpath.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.EndReason;
import org.ablationpath.followup.internal.EndOfFollowUpReports;
import org.ablationpath.followup.internal.EndReasons;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;

/** "End follow-up": reason, date, details and, for a death, its cause; checked by the same service as the API. */
class EndFollowUpDialog extends Dialog {

    final Select<EndReason> reason = new Select<>();
    final DatePicker date = new DatePicker();
    final TextArea details = new TextArea();
    final Select<CauseOfDeath> causeOfDeath = new Select<>();
    final Button confirm = new Button();
    private final FieldErrors fieldErrors = new FieldErrors();
    private final UnorderedList otherErrors = new UnorderedList();

    EndFollowUpDialog(UUID caseId, EndOfFollowUpReports reports) {
        setHeaderTitle(getTranslation("followup.end"));
        reason.setId("end-reason");
        reason.setLabel(getTranslation("followup.end.reason"));
        reason.setItems(List.copyOf(EndReasons.USER_REPORTED));
        reason.setItemLabelGenerator(r -> getTranslation("followup.endReason." + r.name()) + " (" + r.code() + ")");
        reason.setWidth("24rem");
        date.setId("end-date");
        date.setLabel(getTranslation("followup.end.date"));
        details.setId("end-details");
        details.setLabel(getTranslation("followup.end.details"));
        details.setMaxLength(EndReasons.MAX_DETAILS);
        details.setWidth("30rem");
        causeOfDeath.setId("end-cause-of-death");
        causeOfDeath.setLabel(getTranslation("followup.end.causeOfDeath"));
        causeOfDeath.setItems(CauseOfDeath.values());
        causeOfDeath.setItemLabelGenerator(c -> getTranslation("followup.cause." + c.name()));
        causeOfDeath.setVisible(false);
        reason.addValueChangeListener(e -> {
            causeOfDeath.setVisible(e.getValue() == EndReason.DEATH);
            if (e.getValue() != EndReason.DEATH) {
                causeOfDeath.clear();
            }
        });
        fieldErrors.bind("reason", reason).bind("date", date).bind("details", details).bind("causeOfDeath", causeOfDeath);
        otherErrors.addClassName("form-errors");

        confirm.setText(getTranslation("followup.end.confirm"));
        confirm.setId("end-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> submit(caseId, reports));
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("followup.end.explain")), reason, date,
                causeOfDeath, details, otherErrors);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("case.cancel"), e -> close()), confirm);
    }

    private void submit(UUID caseId, EndOfFollowUpReports reports) {
        fieldErrors.clear();
        otherErrors.removeAll();
        try {
            reports.report(caseId, new EndOfFollowUpReports.EndReport(reason.getValue(), date.getValue(), details.getValue(),
                    causeOfDeath.getValue()));
            // the page shows the end record and the cancelled visits after a reload
            getUI().ifPresent(ui -> ui.getPage().reload());
            Notification.show(getTranslation("followup.end.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unmatched = fieldErrors.show(invalid.problems());
            unmatched.forEach(p -> otherErrors.add(new ListItem(p.field() + ": " + p.message())));
        } catch (ConflictException conflict) {
            Notification.show(getTranslation("error.conflict", conflict.getMessage()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
