package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.pathway.Deviation;
import org.ablationpath.pathway.PathwayDeviations;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.CaseSection;

/**
 * Deviations from the path on the case page and in {@code GET /api/cases/{id}} ({@code deviations}): what was
 * breached when, and its reason; a reason still missing can be given here (an escalation task may have ended with
 * the board's decision).
 */
@org.springframework.stereotype.Component
class DeviationsSection implements CaseSection {

    private final PathwayDeviations deviations;
    private final CurrentUser currentUser;

    DeviationsSection(PathwayDeviations deviations, CurrentUser currentUser) {
        this.deviations = deviations;
        this.currentUser = currentUser;
    }

    @Override
    public String key() {
        return "deviations";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Object> data(UUID caseId) {
        List<Deviation> found = deviations.of(caseId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    @Override
    public Component render(UUID caseId) {
        Div section = new Div();
        section.setId("deviations");
        List<Deviation> found = deviations.of(caseId);
        if (found.isEmpty()) {
            return section;
        }
        section.add(new H3(section.getTranslation("deviation.title")));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        Grid<Deviation> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> section.getTranslation("deviation.code." + d.code().name()) + " (" + d.timer() + ")")
                .setHeader(section.getTranslation("deviation.what")).setAutoWidth(true);
        grid.addColumn(d -> when.format(d.occurredAt().atZone(ZoneId.systemDefault()))).setHeader(section.getTranslation("deviation.when"));
        grid.addColumn(d -> d.awaitingReason() ? section.getTranslation("deviation.awaitingReason")
                : section.getTranslation("deviation.reason." + d.reasonCode()) + (d.reasonNote() == null ? "" : ": " + d.reasonNote())
                        + " (" + d.reasonBy() + ")").setHeader(section.getTranslation("deviation.reasonCode")).setFlexGrow(1);
        if (canGiveReasons()) {
            grid.addComponentColumn(d -> d.awaitingReason() ? reasonButton(caseId, d, section) : new Div()).setAutoWidth(true);
        }
        grid.setItems(found);
        section.add(grid);
        return section;
    }

    private boolean canGiveReasons() {
        return currentUser.hasRole(Role.TUMOR_BOARD) || currentUser.hasRole(Role.BOARD_CHAIR) || currentUser.hasRole(Role.NURSE);
    }

    private Button reasonButton(UUID caseId, Deviation deviation, Div section) {
        Button open = new Button(section.getTranslation("deviation.giveReason"));
        open.setId("give-reason-" + deviation.id());
        open.addClickListener(click -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(section.getTranslation("deviation.code." + deviation.code().name()));
            DeviationReasonFields fields = new DeviationReasonFields(deviations.reasonCodes());
            Paragraph conflict = new Paragraph();
            Button save = new Button(section.getTranslation("deviation.submit"), e -> {
                fields.errors().clear();
                try {
                    deviations.giveReason(caseId, deviation.id(), fields.form());
                    dialog.close();
                    section.getUI().ifPresent(ui -> ui.getPage().reload());
                } catch (InvalidInputException invalid) {
                    fields.errors().show(invalid.problems());
                } catch (ConflictException taken) {
                    conflict.setText(section.getTranslation("error.conflict", taken.getMessage()));
                }
            });
            save.setId("save-deviation-reason");
            dialog.add(fields, conflict);
            dialog.getFooter().add(new Button(section.getTranslation("case.cancel"), e -> dialog.close()), save);
            dialog.open();
        });
        return open;
    }
}
