package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.eligibility.OverrideReasons;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.Roles;
import org.ablationpath.pathway.CaseEvaluations;
import org.ablationpath.pathway.CaseOverview;
import org.ablationpath.pathway.CaseOverviews;
import org.ablationpath.platform.database.ReadOnlyTransaction;
import org.ablationpath.platform.ui.ReadOnlyMarkup;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.referral.CaseVoiding;

/** The case page: who, where on the pathway, what the rules say, what is open, and what the board decided. */
@Route("cases/:caseId")
@PageTitle("Case · AblationPath")
@RolesAllowed({Roles.REFERRING_PHYSICIAN, Roles.INTERVENTIONAL_RADIOLOGIST, Roles.TUMOR_BOARD, Roles.NURSE})
public class CaseView extends VerticalLayout implements BeforeEnterObserver {

    private final CaseOverviews overviews;
    private final CaseVoiding voiding;
    private final CaseEvaluations evaluations;
    private final CurrentUser currentUser;
    private final OverrideReasons overrideReasons;
    private final ReadOnlyTransaction readOnly;
    EvaluationsPanel evaluationsPanel;

    CaseView(CaseOverviews overviews, CaseVoiding voiding, CaseEvaluations evaluations, CurrentUser currentUser,
             OverrideReasons overrideReasons, ReadOnlyTransaction readOnly) {
        this.overviews = overviews;
        this.voiding = voiding;
        this.evaluations = evaluations;
        this.currentUser = currentUser;
        this.overrideReasons = overrideReasons;
        this.readOnly = readOnly;
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        readOnly.run(() -> render(event));
    }

    private void render(BeforeEnterEvent event) {
        removeAll();
        Optional<UUID> caseId = event.getRouteParameters().get("caseId").flatMap(CaseView::uuid);
        Optional<CaseOverview> overview = caseId.flatMap(overviews::header);
        if (overview.isEmpty()) {
            add(new H2(getTranslation("error.notFound")));
            return;
        }
        CaseOverview c = overview.get();
        add(new H2(getTranslation("case.title", c.patientPseudonym())));
        if (c.voidReason() != null) {
            Paragraph voided = new Paragraph(getTranslation("case.voided", c.voidReason()));
            voided.setId("case-voided");
            voided.getElement().getThemeList().add("badge error");
            add(voided);
        } else if (currentUser.hasRole(Role.REFERRING_PHYSICIAN) || currentUser.hasRole(Role.BOARD_CHAIR)) {
            add(voidButton(c));
        }
        add(facts(c));
        evaluationsPanel = new EvaluationsPanel(c.id(), evaluations, currentUser, overrideReasons);
        add(evaluationsPanel);
        add(openTasks(c));
        overviews.progress(c.id()).ifPresent(progress -> add(new PathwayDiagram(progress)));
        overviews.sections().forEach(section -> add(section.render(c.id())));
    }

    private Component facts(CaseOverview c) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("case-facts");
        facts.setId("case-facts");
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(c.referralDate());
        ReadOnlyMarkup markup = new ReadOnlyMarkup();
        fact(markup, "case.patient", c.patientPseudonym());
        fact(markup, "case.stage", getTranslation("stage." + c.stage()) + " (" + c.stageCode() + ")");
        fact(markup, "case.referralDate", date);
        fact(markup, "case.urgency", c.urgency());
        fact(markup, "case.tumors", c.tumors());
        fact(markup, "case.question", c.question());
        return markup.into(facts);
    }

    private void fact(ReadOnlyMarkup facts, String key, String value) {
        facts.element("dt", null, null, getTranslation(key))
                .element("dd", "fact-" + key.substring(key.indexOf('.') + 1), null, value);
    }

    private Component voidButton(CaseOverview c) {
        Button open = new Button(getTranslation("case.void"));
        open.setId("void-case");
        open.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        open.addClickListener(e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("case.void"));
            TextArea reason = new TextArea(getTranslation("case.voidReason"));
            reason.setId("void-reason");
            reason.setWidth("30rem");
            reason.setMaxLength(2000);
            Button confirm = new Button(getTranslation("case.voidConfirm"), click -> {
                try {
                    voiding.voidCase(c.id(), reason.getValue());
                    dialog.close();
                    getUI().ifPresent(ui -> ui.getPage().reload());
                } catch (InvalidInputException invalid) {
                    reason.setErrorMessage(invalid.problems().get(0).message());
                    reason.setInvalid(true);
                }
            });
            confirm.setId("void-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            dialog.add(new Paragraph(getTranslation("case.voidExplain")), reason);
            dialog.getFooter().add(new Button(getTranslation("case.cancel"), click -> dialog.close()), confirm);
            dialog.open();
        });
        return open;
    }

    private Component openTasks(CaseOverview c) {
        VerticalLayout tasks = new VerticalLayout();
        tasks.setPadding(false);
        tasks.add(new H3(getTranslation("case.openTasks")));
        if (c.openTasks().isEmpty()) {
            tasks.add(new Paragraph(getTranslation("case.noOpenTasks")));
        } else {
            UnorderedList list = new UnorderedList();
            c.openTasks().forEach(t -> list.add(new ListItem(new Anchor("tasks/" + t.id(), t.name()))));
            tasks.add(list);
        }
        return tasks;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
