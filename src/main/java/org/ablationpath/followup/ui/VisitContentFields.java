package org.ablationpath.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ablationpath.followup.FollowUpVisitForm;
import org.ablationpath.followup.LabAnalyte;
import org.ablationpath.followup.LabPanelEntry;
import org.ablationpath.followup.LabValueEntry;
import org.ablationpath.followup.LesionResponse;
import org.ablationpath.followup.LesionResultEntry;
import org.ablationpath.imaging.LiradsTreatmentResponse;
import org.ablationpath.imaging.Mrecist;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.safety.CtcaeTerms;

/**
 * The parts of a reached visit beyond its finding (issue 7): imaging result per treated tumour, one lab panel with
 * tumour markers in canonical units (grading is computed by the safety rules), the organ's symptom checklist and the
 * adverse events as rows. Puts them on the form and binds their problem paths for the messages.
 */
class VisitContentFields extends VerticalLayout {

    /** One tumour's imaging result row. */
    static final class LesionRow extends HorizontalLayout {
        final String tumorId;
        final Select<LesionResponse> response = new Select<>();
        final Select<LiradsTreatmentResponse> liradsTr = new Select<>();
        final Select<Mrecist> mrecist = new Select<>();
        final BigDecimalField marginMm = new BigDecimalField();

        LesionRow(String tumorId, boolean hcc) {
            this.tumorId = tumorId;
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            response.setLabel(getTranslation("visitform.lesion.response", tumorId));
            response.setItems(LesionResponse.values());
            response.setEmptySelectionAllowed(true);
            liradsTr.setLabel(getTranslation("visitform.lesion.liradsTr"));
            liradsTr.setItems(LiradsTreatmentResponse.values());
            liradsTr.setEmptySelectionAllowed(true);
            liradsTr.setVisible(hcc);
            mrecist.setLabel(getTranslation("visitform.lesion.mrecist"));
            mrecist.setItems(Mrecist.values());
            mrecist.setEmptySelectionAllowed(true);
            mrecist.setVisible(hcc);
            marginMm.setLabel(getTranslation("visitform.lesion.marginMm"));
            add(response, liradsTr, mrecist, marginMm);
        }
    }

    final List<LesionRow> lesionRows = new ArrayList<>();
    final DatePicker labDate = new DatePicker();
    final Map<LabAnalyte, BigDecimalField> labValues = new LinkedHashMap<>();
    final Map<LabAnalyte, BigDecimalField> labLimits = new LinkedHashMap<>();
    final CheckboxGroup<String> symptoms = new CheckboxGroup<>();
    final TextArea symptomNote = new TextArea();
    final VerticalLayout adverseEventRows = new VerticalLayout();
    final List<AdverseEventRow> adverseEvents = new ArrayList<>();
    final Button addAdverseEvent = new Button();

    VisitContentFields(Map<String, String> histologyByTumor, List<String> symptomChecklist, CtcaeTerms terms) {
        setPadding(false);
        add(new H4(getTranslation("visitform.lesions.title")));
        histologyByTumor.forEach((tumorId, histology) -> {
            LesionRow row = new LesionRow(tumorId, "HCC".equals(histology));
            lesionRows.add(row);
            add(row);
        });

        add(new H4(getTranslation("visitform.labs.title")));
        Paragraph gradingNote = new Paragraph(getTranslation("visitform.labs.gradingNote"));
        gradingNote.getStyle().set("color", "var(--lumo-secondary-text-color)");
        labDate.setId("labDate");
        labDate.setLabel(getTranslation("visitform.labs.collectedDate"));
        add(gradingNote, labDate);
        HorizontalLayout labs = labRow(Arrays.stream(LabAnalyte.values()).filter(a -> !a.tumourMarker()).toList());
        add(labs, new H4(getTranslation("visitform.markers.title")),
                labRow(Arrays.stream(LabAnalyte.values()).filter(LabAnalyte::tumourMarker).toList()));

        add(new H4(getTranslation("visitform.symptoms.title")));
        symptoms.setId("symptoms");
        symptoms.setItems(symptomChecklist);
        symptoms.setItemLabelGenerator(code -> code.replace('_', ' ').toLowerCase());
        symptomNote.setLabel(getTranslation("visitform.symptoms.note"));
        symptomNote.setMaxLength(1000);
        symptomNote.setWidthFull();
        add(symptoms, symptomNote);

        add(new H4(getTranslation("visitform.ae.title")));
        adverseEventRows.setPadding(false);
        addAdverseEvent.setText(getTranslation("visitform.ae.add"));
        addAdverseEvent.setId("add-adverse-event");
        addAdverseEvent.addClickListener(e -> addAdverseEventRow(terms));
        add(adverseEventRows, addAdverseEvent);
    }

    AdverseEventRow addAdverseEventRow(CtcaeTerms terms) {
        AdverseEventRow[] row = new AdverseEventRow[1];
        row[0] = new AdverseEventRow(terms, () -> {
            adverseEvents.remove(row[0]);
            adverseEventRows.remove(row[0]);
        });
        adverseEvents.add(row[0]);
        adverseEventRows.add(row[0]);
        return row[0];
    }

    private HorizontalLayout labRow(List<LabAnalyte> analytes) {
        HorizontalLayout row = new HorizontalLayout();
        row.getStyle().set("flex-wrap", "wrap");
        for (LabAnalyte analyte : analytes) {
            BigDecimalField value = new BigDecimalField(getTranslation("visitform.labs.value", analyte.name(), analyte.unit()));
            value.setId("lab-" + analyte.name());
            value.setWidth("11rem");
            labValues.put(analyte, value);
            row.add(value);
            if (analyte.ulnField().isPresent() || analyte.llnField().isPresent()) {
                String limit = analyte.ulnField().isPresent() ? "visitform.labs.uln" : "visitform.labs.lln";
                BigDecimalField bound = new BigDecimalField(getTranslation(limit, analyte.name()));
                bound.setId("lab-" + analyte.name() + "-limit");
                bound.setWidth("11rem");
                labLimits.put(analyte, bound);
                row.add(bound);
            }
        }
        return row;
    }

    /** Puts the filled parts on the form and binds each filled row's problem paths. */
    void writeTo(FollowUpVisitForm form, FieldErrors errors) {
        List<LesionResultEntry> lesions = new ArrayList<>();
        for (LesionRow row : lesionRows) {
            if (row.response.getValue() == null) {
                continue;
            }
            String path = "lesions[" + lesions.size() + "].";
            errors.bind(path + "response", row.response).bind(path + "liradsTr", row.liradsTr).bind(path + "mrecist", row.mrecist)
                    .bind(path + "marginMm", row.marginMm);
            LesionResultEntry entry = new LesionResultEntry();
            entry.setTumorId(row.tumorId);
            entry.setResponse(row.response.getValue());
            entry.setLiradsTr(row.liradsTr.getValue());
            entry.setMrecist(row.mrecist.getValue());
            entry.setMarginMm(row.marginMm.getValue());
            lesions.add(entry);
        }
        form.setLesions(lesions.isEmpty() ? null : lesions);

        List<LabValueEntry> values = new ArrayList<>();
        labValues.forEach((analyte, field) -> {
            BigDecimalField limit = labLimits.get(analyte);
            if (field.getValue() == null && (limit == null || limit.getValue() == null)) {
                return;
            }
            String path = "labPanels[0].values[" + values.size() + "].";
            errors.bind(path + "value", field);
            if (limit != null) {
                errors.bind(path + (analyte.ulnField().isPresent() ? "uln" : "lln"), limit);
            }
            LabValueEntry value = new LabValueEntry();
            value.setAnalyte(analyte);
            value.setValue(field.getValue());
            BigDecimal bound = limit == null ? null : limit.getValue();
            if (analyte.ulnField().isPresent()) {
                value.setUln(bound);
            } else {
                value.setLln(bound);
            }
            values.add(value);
        });
        errors.bind("labPanels[0].collectedDate", labDate).bind("labPanels[0].values", labDate);
        if (values.isEmpty() && labDate.getValue() == null) {
            form.setLabPanels(null);
        } else {
            LabPanelEntry panel = new LabPanelEntry();
            LocalDate collected = labDate.getValue();
            panel.setCollectedDate(collected);
            panel.setValues(values);
            form.setLabPanels(List.of(panel));
        }

        form.setSymptoms(symptoms.getSelectedItems().isEmpty() ? null : new ArrayList<>(symptoms.getSelectedItems()));
        form.setSymptomNote(symptomNote.getValue() == null || symptomNote.getValue().isBlank() ? null : symptomNote.getValue());
        errors.bind("symptoms", symptoms).bind("symptomNote", symptomNote);

        List<org.ablationpath.followup.VisitAdverseEventEntry> events = new ArrayList<>();
        for (AdverseEventRow row : adverseEvents) {
            row.bindErrors(errors, "adverseEvents[" + events.size() + "].");
            events.add(row.entry());
        }
        form.setAdverseEvents(events.isEmpty() ? null : events);
    }
}
