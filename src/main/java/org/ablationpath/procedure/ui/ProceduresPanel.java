package org.ablationpath.procedure.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ablationpath.procedure.AblationApplication;
import org.ablationpath.procedure.ChecklistCaution;
import org.ablationpath.procedure.ChecklistDetail;
import org.ablationpath.procedure.ProcedureHistory;
import org.ablationpath.procedure.SessionDetail;

/** The case's sessions (newest first) with their tumours and applications, and the latest checklist's cautions. */
class ProceduresPanel extends Div {

    ProceduresPanel(ProcedureHistory history) {
        setId("procedures");
        add(new H3(getTranslation("procedure.section.title")));
        if (history.latestChecklist() != null) {
            add(checklist(history.latestChecklist()));
        }
        if (history.sessions().isEmpty()) {
            add(new Paragraph(getTranslation("procedure.section.noSession")));
        }
        List<SessionDetail> newestFirst = new ArrayList<>(history.sessions());
        java.util.Collections.reverse(newestFirst);
        newestFirst.forEach(session -> add(session(session)));
    }

    private Div checklist(ChecklistDetail c) {
        Div card = card("procedure-checklist");
        card.add(strong(getTranslation("procedure.section.checklist", c.plannedProcedureDate())));
        if (c.followedBySession()) {
            card.add(new Paragraph(getTranslation("procedure.section.checklistUsed")));
        }
        for (ChecklistCaution caution : c.cautions()) {
            Paragraph flag = new Paragraph(getTranslation("status.CAUTION") + " · "
                    + getTranslation("procedure.caution." + caution.rule(), caution.days(), caution.limitDays()));
            flag.addClassName("caution");
            card.add(flag);
        }
        UnorderedList items = new UnorderedList();
        item(items, "procedure.checklist.consentDate", c.consentDate()
                + (c.consentVersion() == null ? "" : " (" + c.consentVersion() + ")"));
        item(items, "procedure.checklist.anaesthesiaPlan", getTranslation("procedure.anaesthesia." + c.anaesthesiaPlan()));
        item(items, "procedure.checklist.anticoagulationPlan",
                getTranslation("procedure.anticoagulation." + c.anticoagulationPlan()));
        if (c.pregnancyTestDate() != null) {
            item(items, "procedure.checklist.pregnancyTestDate", c.pregnancyTestDate() + " · " + getTranslation(
                    Boolean.TRUE.equals(c.pregnancyTestNegative()) ? "procedure.checklist.pregnancyTestNegative"
                            : "procedure.checklist.pregnancyTestPositive"));
        }
        if (c.cardiacDevicePlan() != null) {
            item(items, "procedure.checklist.cardiacDevicePlan", getTranslation("procedure.deviceManagement." + c.cardiacDevicePlan()));
        }
        item(items, "procedure.checklist.antibioticProphylaxisPlanned", yesNo(c.antibioticProphylaxisPlanned()));
        if (c.lastChemotherapyDate() != null) {
            item(items, "procedure.checklist.lastChemotherapyDate", c.lastChemotherapyDate().toString());
        }
        item(items, "procedure.checklist.fastingInstructionsGiven", yesNo(c.fastingInstructionsGiven()));
        if (c.note() != null) {
            item(items, "procedure.note", c.note());
        }
        card.add(items, meta(c.recordedBy(), c.recordedAt()));
        return card;
    }

    private Div session(SessionDetail s) {
        Div card = card("procedure-session-" + s.number());
        card.add(strong(getTranslation("procedure.section.session", s.number(), s.procedureDate(),
                getTranslation("procedure.intentType." + s.intentType()))));
        card.add(new Paragraph(String.join(" · ",
                getTranslation("procedure.approach." + s.approach()),
                s.guidance().stream().map(g -> getTranslation("procedure.guidance." + g)).collect(Collectors.joining(", ")),
                getTranslation("procedure.anaesthesia." + s.anaesthesia()),
                getTranslation("procedure.setting." + s.setting()))));
        for (SessionDetail.TreatedTumor tumor : s.tumors()) {
            card.add(new H4(getTranslation("procedure.section.tumor", tumor.tumorId(),
                    getTranslation(tumor.technicalSuccess() ? "procedure.technicalSuccess.yes" : "procedure.technicalSuccess.no"))));
            UnorderedList applications = new UnorderedList();
            tumor.applications().forEach(a -> applications.add(new ListItem(describe(a))));
            card.add(applications);
        }
        card.add(new Paragraph(s.discharge() == null ? getTranslation("procedure.section.notDischarged")
                : getTranslation("procedure.section.discharged", s.discharge().dischargeDate(), s.discharge().lengthOfStayDays())
                + (s.discharge().unplannedAdmission() ? " · " + getTranslation("procedure.discharge.unplannedAdmission") : "")
                + (s.discharge().prolongedStay() ? " · " + getTranslation("procedure.discharge.prolongedStay") : "")));
        card.add(meta(s.recordedBy(), s.recordedAt()));
        return card;
    }

    /** One line per application, e.g. RFA · Medtronic Cool-tip / E-series · RF single ×1, 2 positions · 60 W · 720 s. */
    private String describe(AblationApplication a) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("procedure.modality." + a.getModality()));
        parts.add(a.getDeviceManufacturer() + " " + a.getDeviceModel() + " / " + a.getGeneratorModel());
        parts.add(getTranslation("procedure.section.applicators", getTranslation("procedure.applicator." + a.getApplicatorType()),
                a.getNumberOfApplicators(), a.getNumberOfPositions()));
        if (a.getPowerW() != null) {
            parts.add(a.getPowerW() + " W");
        }
        if (a.getDurationSec() != null) {
            parts.add(a.getDurationSec() + " s");
        }
        if (a.getFreezeThawCycles() != null) {
            parts.add(getTranslation("procedure.section.freezeThaw", a.getFreezeThawCycles(), a.getFreezeMinutes(), a.getThawMinutes()));
        }
        if (a.getVoltageV() != null) {
            parts.add(getTranslation("procedure.section.ire", a.getElectrodePairs(), a.getPulsesPerPair(), a.getVoltageV(),
                    a.getPulseLengthUs(), a.getCurrentA()));
        }
        if (a.getEctDrug() != null) {
            parts.add(getTranslation("procedure.ectDrug." + a.getEctDrug()) + " " + a.getEctDose() + " "
                    + getTranslation("procedure.ectDoseUnit." + a.getEctDoseUnit()) + " "
                    + getTranslation("procedure.ectRoute." + a.getEctRoute()));
        }
        return String.join(" · ", parts);
    }

    private void item(UnorderedList list, String labelKey, String value) {
        list.add(new ListItem(getTranslation(labelKey) + ": " + value));
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "procedure.yes" : "procedure.no");
    }

    private static Div card(String id) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("rule-card");
        return card;
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-weight", "600");
        return span;
    }

    private Paragraph meta(String by, java.time.Instant at) {
        Paragraph meta = new Paragraph(getTranslation("procedure.section.recordedBy", by,
                java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(getLocale()).format(at.atZone(java.time.ZoneId.systemDefault()))));
        meta.addClassName("rule-meta");
        return meta;
    }
}
