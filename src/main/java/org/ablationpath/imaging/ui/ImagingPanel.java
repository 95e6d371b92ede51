package org.ablationpath.imaging.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.ablationpath.imaging.ResponseAssessmentSummary.TumorResult;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.ResponseFinding;

/** The response imaging studies of a case, newest first: finding, and per tumour response, LR-TR and margin. */
class ImagingPanel extends Div {

    ImagingPanel(List<ResponseAssessmentSummary> studies) {
        setId("imaging");
        add(new H3(getTranslation("imaging.title")));
        if (studies.isEmpty()) {
            add(new Paragraph(getTranslation("imaging.none")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        studies.forEach(study -> add(card(study, date, when)));
    }

    private Div card(ResponseAssessmentSummary study, DateTimeFormatter date, DateTimeFormatter when) {
        Div card = new Div();
        card.addClassName("rule-card");
        card.addClassName("imaging-study");
        Span heading = new Span(getTranslation("imaging.study", date.format(study.studyDate()),
                getTranslation("imaging.modality." + study.modality().name()),
                getTranslation(study.contrast() ? "imaging.contrast.yes" : "imaging.contrast.no")));
        heading.getStyle().set("font-weight", "600");
        Span finding = new Span(getTranslation("imaging.finding." + study.finding().name()));
        finding.addClassName("imaging-finding");
        finding.getElement().getThemeList().add(study.finding() == ResponseFinding.COMPLETE ? "badge success" : "badge error");
        card.add(heading, new Span(" "), finding);
        List<String> facts = new ArrayList<>();
        if (study.sessionNumber() != null) {
            facts.add(getTranslation("imaging.session", study.sessionNumber()));
        }
        if (study.newIntraOrganTumour()) {
            facts.add(getTranslation("imaging.newIntraOrganTumour"));
        }
        if (study.extraOrganDisease()) {
            facts.add(getTranslation("imaging.extraOrganDisease"));
        }
        if (!facts.isEmpty()) {
            card.add(new Paragraph(String.join(" · ", facts)));
        }
        card.add(tumors(study.tumors()));
        if (study.note() != null) {
            card.add(new Paragraph(getTranslation("imaging.note") + ": " + study.note()));
        }
        Paragraph meta = new Paragraph(getTranslation("imaging.recordedBy", study.recordedBy(),
                when.format(study.recordedAt().atZone(ZoneId.systemDefault()))));
        meta.addClassName("rule-meta");
        card.add(meta);
        return card;
    }

    private Grid<TumorResult> tumors(List<TumorResult> tumors) {
        Grid<TumorResult> grid = new Grid<>();
        grid.addClassName("imaging-tumors");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(TumorResult::tumorId).setHeader(getTranslation("imaging.col.tumor")).setAutoWidth(true);
        grid.addColumn(t -> t.histology() == null ? "—" : t.histology()).setHeader(getTranslation("imaging.col.histology")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("imaging.response." + t.response().name())).setHeader(getTranslation("imaging.col.response")).setAutoWidth(true);
        grid.addColumn(t -> t.liradsTr() == null ? "—" : getTranslation("imaging.liradsTr." + t.liradsTr().name()))
                .setHeader(getTranslation("imaging.col.liradsTr")).setAutoWidth(true);
        grid.addColumn(t -> t.mrecist() == null ? "—" : getTranslation("imaging.mrecist." + t.mrecist().name()))
                .setHeader(getTranslation("imaging.col.mrecist")).setAutoWidth(true);
        grid.addColumn(this::margin).setHeader(getTranslation("imaging.col.margin")).setAutoWidth(true);
        grid.addColumn(t -> t.ablationZoneMaxMm() == null ? "—" : getTranslation("imaging.mm", String.valueOf(t.ablationZoneMaxMm())))
                .setHeader(getTranslation("imaging.col.ablationZone")).setAutoWidth(true);
        grid.setItems(tumors);
        return grid;
    }

    /** The measured margin with its target, or the statement that no target is published for the histology. */
    String margin(TumorResult t) {
        String measured = t.minimalMarginMm() == null ? getTranslation("imaging.margin.notMeasured")
                : getTranslation("imaging.mm", Millimetres.format(t.minimalMarginMm()));
        if (t.marginTargetMm() == null) {
            return measured + " · " + getTranslation("imaging.margin.noTarget");
        }
        String target = Millimetres.format(t.marginTargetMm());
        return measured + " · " + getTranslation(Boolean.TRUE.equals(t.marginBelowTarget())
                ? "imaging.margin.belowTarget" : "imaging.margin.target", target);
    }
}
