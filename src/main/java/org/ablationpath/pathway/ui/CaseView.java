package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.ablationpath.identity.Roles;
import org.ablationpath.pathway.CaseEvaluations;
import org.ablationpath.pathway.CaseOverview;
import org.ablationpath.pathway.CaseOverviews;

/** The case page: who, where on the pathway, what the rules say, what is open, and what the board decided. */
@Route("cases/:caseId")
@PageTitle("Case · AblationPath")
@RolesAllowed({Roles.REFERRING_PHYSICIAN, Roles.INTERVENTIONAL_RADIOLOGIST, Roles.TUMOR_BOARD, Roles.NURSE})
public class CaseView extends VerticalLayout implements BeforeEnterObserver {

    private final CaseOverviews overviews;
    private final CaseEvaluations evaluations;
    private final CurrentUser currentUser;
    private final OverrideReasons overrideReasons;
    EvaluationsPanel evaluationsPanel;

    CaseView(CaseOverviews overviews, CaseEvaluations evaluations, CurrentUser currentUser, OverrideReasons overrideReasons) {
        this.overviews = overviews;
        this.evaluations = evaluations;
        this.currentUser = currentUser;
        this.overrideReasons = overrideReasons;
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<UUID> caseId = event.getRouteParameters().get("caseId").flatMap(CaseView::uuid);
        Optional<CaseOverview> overview = caseId.flatMap(overviews::overview);
        if (overview.isEmpty()) {
            add(new H2(getTranslation("error.notFound")));
            return;
        }
        CaseOverview c = overview.get();
        add(new H2(getTranslation("case.title", c.patientPseudonym())));
        add(facts(c));
        evaluationsPanel = new EvaluationsPanel(c.id(), evaluations, currentUser, overrideReasons);
        add(evaluationsPanel);
        add(openTasks(c));
        overviews.sections().forEach(section -> add(section.render(c.id())));
    }

    private Component facts(CaseOverview c) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("case-facts");
        facts.setId("case-facts");
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(c.referralDate());
        fact(facts, "case.patient", c.patientPseudonym());
        fact(facts, "case.stage", getTranslation("stage." + c.stage()) + " (" + c.stageCode() + ")");
        fact(facts, "case.referralDate", date);
        fact(facts, "case.urgency", c.urgency());
        fact(facts, "case.tumors", c.tumors());
        fact(facts, "case.question", c.question());
        return facts;
    }

    private void fact(DescriptionList facts, String key, String value) {
        DescriptionList.Description description = new DescriptionList.Description(value == null ? "" : value);
        description.setId("fact-" + key.substring(key.indexOf('.') + 1));
        facts.add(new DescriptionList.Term(getTranslation(key)), description);
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
