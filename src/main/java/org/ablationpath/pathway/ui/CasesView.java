package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ablationpath.identity.Roles;
import org.ablationpath.pathway.CaseOverviews;
import org.ablationpath.referral.CaseSummary;

/** The latest cases of the user's centers, to reach a case page without a task. */
@Route("cases")
@PageTitle("Cases · AblationPath")
@RolesAllowed({Roles.REFERRING_PHYSICIAN, Roles.INTERVENTIONAL_RADIOLOGIST, Roles.TUMOR_BOARD, Roles.NURSE})
public class CasesView extends VerticalLayout {

    private static final int RECENT = 200;

    CasesView(CaseOverviews overviews) {
        setSizeFull();
        add(new H2(getTranslation("case.recent")));
        Grid<CaseSummary> grid = new Grid<>();
        grid.setId("cases");
        grid.addColumn(CaseSummary::patientPseudonym).setHeader(getTranslation("case.patient")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("stage." + c.stage().name())).setHeader(getTranslation("case.stage"));
        grid.addColumn(CaseSummary::referralDate).setHeader(getTranslation("case.referralDate"));
        grid.addColumn(CaseSummary::organs).setHeader(getTranslation("case.tumors"));
        grid.setItems(overviews.recentCases(RECENT));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().id())));
        addAndExpand(grid);
    }
}
