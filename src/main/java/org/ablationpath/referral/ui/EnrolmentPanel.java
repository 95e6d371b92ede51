package org.ablationpath.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.referral.CaseEnrolment;
import org.ablationpath.referral.CaseEnrolments;

/** The case's trial or registry and its expedited-reporting rule; editors change it in a dialog. */
class EnrolmentPanel extends Div {

    final Button edit = new Button();
    private final Paragraph summary = new Paragraph();
    private final UUID caseId;
    private final CaseEnrolments enrolments;

    EnrolmentPanel(UUID caseId, CaseEnrolments enrolments, boolean mayEdit) {
        this.caseId = caseId;
        this.enrolments = enrolments;
        setId("enrolment");
        add(new H3(getTranslation("enrolment.title")));
        summary.setId("enrolment-summary");
        add(summary);
        if (mayEdit) {
            edit.setText(getTranslation("enrolment.edit"));
            edit.setId("edit-enrolment");
            edit.addClickListener(e -> openDialog());
            add(edit);
        }
        show(enrolments.of(caseId).orElse(CaseEnrolment.none()));
    }

    private void show(CaseEnrolment e) {
        if (e.enrolled() == null) {
            summary.setText(getTranslation("enrolment.none"));
        } else if (e.expeditedReporting()) {
            summary.setText(getTranslation("enrolment.expedited", e.enrolled(), e.reportWithinHours()));
        } else {
            summary.setText(getTranslation("enrolment.notExpedited", e.enrolled()));
        }
    }

    Dialog openDialog() {
        CaseEnrolment current = enrolments.of(caseId).orElse(CaseEnrolment.none());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("enrolment.title"));
        TextField name = new TextField(getTranslation("enrolment.enrolled"));
        name.setId("enrolment-enrolled");
        name.setMaxLength(CaseEnrolment.MAX_NAME_LENGTH);
        name.setValue(current.enrolled() == null ? "" : current.enrolled());
        Checkbox expedited = new Checkbox(getTranslation("enrolment.expeditedReporting"), current.expeditedReporting());
        expedited.setId("enrolment-expedited");
        IntegerField hours = new IntegerField(getTranslation("enrolment.reportWithinHours"));
        hours.setId("enrolment-hours");
        hours.setMin(1);
        hours.setMax(CaseEnrolment.MAX_REPORT_WITHIN_HOURS);
        hours.setHelperText(getTranslation("enrolment.reportWithinHours.help"));
        hours.setValue(current.reportWithinHours());
        Button save = new Button(getTranslation("enrolment.save"), click -> {
            name.setInvalid(false);
            hours.setInvalid(false);
            boolean ok = true;
            if (expedited.getValue() && name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("enrolment.enrolled.required"));
                name.setInvalid(true);
                ok = false;
            }
            if (hours.isInvalid() || (hours.getValue() != null
                    && (hours.getValue() < 1 || hours.getValue() > CaseEnrolment.MAX_REPORT_WITHIN_HOURS))) {
                hours.setErrorMessage(getTranslation("enrolment.reportWithinHours.range"));
                hours.setInvalid(true);
                ok = false;
            }
            if (!ok) {
                return;
            }
            try {
                show(enrolments.set(caseId, name.getValue(), expedited.getValue(), hours.getValue()));
                dialog.close();
            } catch (InvalidInputException refused) {
                refused.problems().forEach(p -> {
                    if ("reportWithinHours".equals(p.field())) {
                        hours.setErrorMessage(p.message());
                        hours.setInvalid(true);
                    } else {
                        name.setErrorMessage(p.message());
                        name.setInvalid(true);
                    }
                });
            } catch (ConflictException conflict) {
                name.setErrorMessage(conflict.getMessage());
                name.setInvalid(true);
            }
        });
        save.setId("enrolment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(name), new Div(expedited), new Div(hours));
        dialog.getFooter().add(new Button(getTranslation("enrolment.cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }
}
