package org.ablationpath.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.followup.internal.EndOfFollowUpReports;
import org.ablationpath.followup.internal.FollowUpOverview;
import org.ablationpath.platform.ui.ReadOnlyMarkup;

/**
 * The follow-up of a case: each organ's schedule and version, the visit table, the lost-to-follow-up risk, the day-7
 * calls (positive answers with a hint to report an adverse event), disease events, vital status and the end of
 * follow-up, with the "End follow-up" dialog for the roles that may end it.
 */
class FollowUpPanel extends Div {

    /** The visit table's columns, in order (message keys followup.col.*). */
    static final List<String> COLUMNS = List.of("organ", "schedule", "label", "target", "window", "status", "actual", "type", "finding");

    final Div visitTable = new Div();
    /** The visits in the table's order. */
    List<FollowUpOverview.Visit> visitRows = List.of();
    Button endButton;

    FollowUpPanel(UUID caseId, Optional<FollowUpOverview> found, Optional<EndOfFollowUpReports> reports) {
        setId("follow-up");
        add(new H3(getTranslation("followup.title")));
        if (found.isEmpty()) {
            return;
        }
        FollowUpOverview overview = found.get();
        if (overview.endOfFollowUp() != null) {
            add(ended(overview));
        } else {
            reports.ifPresent(r -> add(endButton(caseId, r)));
        }
        if (overview.lostToFollowUpRisk()) {
            Paragraph risk = new Paragraph(getTranslation("followup.lostRisk", UiDates.format(overview.lostToFollowUpRiskSince(), getLocale())));
            risk.setId("lost-to-follow-up-risk");
            risk.getElement().getThemeList().add("badge error");
            add(risk);
        }
        add(schedules(overview));
        add(visits(overview.visits()));
        if (!overview.daySevenCalls().isEmpty()) {
            add(calls(overview.daySevenCalls()));
        }
        if (!overview.diseaseEvents().isEmpty()) {
            add(diseaseEvents(overview.diseaseEvents()));
        }
        if (!overview.vitalStatus().isEmpty()) {
            add(vitalStatus(overview.vitalStatus()));
        }
    }

    private Component ended(FollowUpOverview overview) {
        var end = overview.endOfFollowUp();
        Div box = new Div();
        box.setId("follow-up-ended");
        box.addClassName("rule-card");
        box.add(new Paragraph(getTranslation("followup.ended", getTranslation("followup.endReason." + end.reason().name()),
                end.reason().code(), UiDates.format(end.date(), getLocale()))));
        if (end.details() != null) {
            box.add(new Paragraph(getTranslation("followup.ended.details", end.details())));
        }
        Paragraph by = new Paragraph(getTranslation("followup.ended.by", end.recordedBy()));
        by.addClassName("rule-meta");
        box.add(by);
        return box;
    }

    private Component endButton(UUID caseId, EndOfFollowUpReports reports) {
        endButton = new Button(getTranslation("followup.end"), e -> new EndFollowUpDialog(caseId, reports).open());
        endButton.setId("end-follow-up");
        endButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return endButton;
    }

    private Component schedules(FollowUpOverview overview) {
        Div schedules = new Div();
        schedules.setId("follow-up-schedules");
        if (overview.grids().isEmpty()) {
            schedules.add(new Paragraph(getTranslation("followup.noGrid")));
        }
        for (FollowUpOverview.Grid grid : overview.grids()) {
            Div card = new Div();
            card.addClassName("rule-card");
            card.add(new Paragraph(getTranslation("followup.grid", grid.organ(), grid.scheduleId(),
                    grid.description() == null ? "" : grid.description(), grid.scheduleVersion(),
                    UiDates.format(grid.anchorDate(), getLocale()))));
            Paragraph source = new Paragraph(getTranslation("followup.grid.source", grid.source(), grid.evidence()));
            source.addClassName("rule-meta");
            card.add(source);
            if (grid.localDefault()) {
                Paragraph local = new Paragraph(getTranslation("followup.grid.local"));
                local.addClassName("local-default");
                card.add(local);
            }
            if (!grid.companions().isEmpty()) {
                card.add(new Paragraph(getTranslation("followup.grid.companions", String.join(", ", grid.companions()))));
            }
            schedules.add(card);
        }
        if (!overview.unscheduledOrgans().isEmpty()) {
            Paragraph unscheduled = new Paragraph(getTranslation("followup.unscheduled", String.join("; ", overview.unscheduledOrgans())));
            unscheduled.setId("follow-up-unscheduled");
            schedules.add(unscheduled);
        }
        Paragraph version = new Paragraph(getTranslation("followup.configuredVersion", overview.configuredVersion()));
        version.addClassName("rule-meta");
        schedules.add(version);
        return schedules;
    }

    /**
     * The visits as a read-only table written into one element (issue 9: the grid's columns, renderers and row data
     * were about a tenth of the case page's state). The status carries a badge when the response imaging was done
     * without contrast (STG-09, ALR-11).
     */
    private Component visits(List<FollowUpOverview.Visit> visits) {
        visitRows = List.copyOf(visits);
        visitTable.setId("follow-up-visits");
        visitTable.addClassName("read-only-table");
        ReadOnlyMarkup table = new ReadOnlyMarkup()
                .openTable(COLUMNS.stream().map(column -> getTranslation("followup.col." + column)).toList());
        String withoutContrast = getTranslation("alr11.withoutContrast");
        String hint = getTranslation("alr11.withoutContrast.hint");
        for (FollowUpOverview.Visit v : visits) {
            table.open("tr", null, null)
                    .element("td", null, null, v.organ())
                    .element("td", null, null, v.scheduleId())
                    .element("td", null, null, v.gridLabel())
                    .element("td", null, null, UiDates.format(v.targetDate(), getLocale()))
                    .element("td", null, null, getTranslation("followup.window", UiDates.format(v.windowStart(), getLocale()),
                            UiDates.format(v.windowEnd(), getLocale())))
                    .open("td", null, "visit-status").text(getTranslation("followup.status." + v.status().name()));
            if (v.metWithoutContrast()) {
                table.text(" ").open("span", null, "alr11-without-contrast", "theme", "badge contrast small", "title", hint)
                        .text(withoutContrast).close("span");
            }
            table.close("td")
                    .element("td", null, null, v.actualDate() == null ? "" : UiDates.format(v.actualDate(), getLocale()))
                    .element("td", null, null, getTranslation("followup.contact." + v.type().name()))
                    .element("td", null, null, v.finding() == null ? "" : getTranslation("followup.finding." + v.finding().name()))
                    .close("tr");
        }
        return table.closeTable().into(visitTable);
    }

    private Component calls(List<FollowUpOverview.DaySevenCall> calls) {
        Div box = new Div();
        box.setId("day-seven-calls");
        box.add(new H4(getTranslation("followup.day7.title")));
        for (FollowUpOverview.DaySevenCall call : calls) {
            Div card = new Div();
            card.addClassName("rule-card");
            String date = UiDates.format(call.callDate(), getLocale());
            card.add(new Paragraph(getTranslation(call.reached() ? "followup.day7.reached" : "followup.day7.notReached", date)));
            if (call.reached()) {
                UnorderedList answers = new UnorderedList();
                call.answers().forEach((question, answer) -> answers.add(new ListItem(getTranslation("followup.day7.answer." + question)
                        + ": " + getTranslation(Boolean.TRUE.equals(answer) ? "followup.yes" : "followup.no"))));
                card.add(answers);
            }
            if (!call.positiveAnswers().isEmpty()) {
                Paragraph hint = new Paragraph(getTranslation("followup.day7.aeHint", call.positiveAnswers().stream()
                        .map(q -> getTranslation("followup.day7.answer." + q)).collect(Collectors.joining(", "))));
                hint.addClassName("day-seven-ae-hint");
                hint.getElement().getThemeList().add("badge contrast");
                card.add(hint);
            }
            if (call.note() != null) {
                card.add(new Paragraph(call.note()));
            }
            box.add(card);
        }
        return box;
    }

    private Component diseaseEvents(List<FollowUpOverview.DiseaseEvent> events) {
        Div box = new Div();
        box.setId("disease-events");
        box.add(new H4(getTranslation("followup.diseaseEvents")));
        UnorderedList list = new UnorderedList();
        events.forEach(e -> list.add(new ListItem(getTranslation("followup.diseaseEvent", getTranslation("followup.eventType." + e.type().name()),
                UiDates.format(e.detectionDate(), getLocale())) + (e.tumorId() == null ? "" : " · " + getTranslation("followup.diseaseEvent.tumor", e.tumorId())))));
        box.add(list);
        return box;
    }

    private Component vitalStatus(List<FollowUpOverview.VitalStatusEntry> entries) {
        Div box = new Div();
        box.setId("vital-status");
        box.add(new H4(getTranslation("followup.vital.title")));
        FollowUpOverview.VitalStatusEntry latest = entries.get(0);
        String text = getTranslation("followup.vital.entry", getTranslation("followup.vital." + latest.status().name()),
                UiDates.format(latest.lastContactDate(), getLocale()));
        if (latest.deathDate() != null) {
            text += " · " + getTranslation("followup.vital.death", UiDates.format(latest.deathDate(), getLocale()),
                    getTranslation("followup.cause." + latest.causeOfDeath().name()));
        }
        box.add(new Paragraph(text));
        return box;
    }
}
