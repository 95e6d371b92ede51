package org.ablationpath.board.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.MyReferral;
import org.ablationpath.identity.Roles;

/** The physician's referrals: where each case is, what comes next, and what the board still misses. */
@Route("my-referrals")
@PageTitle("My referrals · AblationPath")
@RolesAllowed(Roles.REFERRING_PHYSICIAN)
public class MyReferralsView extends VerticalLayout {

    private static final int LIMIT = 200;

    final Grid<MyReferral> grid = new Grid<>();

    MyReferralsView(BoardMeetings boards) {
        add(new H2(getTranslation("meeting.myReferrals.title")));
        grid.setId("my-referrals");
        grid.addComponentColumn(r -> new Anchor("cases/" + r.caseId(), r.patientPseudonym())).setHeader(getTranslation("meeting.col.patient"));
        grid.addColumn(r -> r.referralDate().toString()).setHeader(getTranslation("meeting.myReferrals.referred"));
        grid.addColumn(r -> r.stageCode() + " " + getTranslation("stage." + r.stage())).setHeader(getTranslation("meeting.myReferrals.stage"));
        grid.addColumn(r -> r.nextStep() == null ? "—" : r.nextStep()).setHeader(getTranslation("meeting.myReferrals.next"));
        grid.addColumn(r -> r.nextMeeting() == null ? "" : r.nextMeeting().toString()).setHeader(getTranslation("meeting.myReferrals.meeting"));
        grid.addColumn(r -> r.decisionCode() == null ? "" : getTranslation("decision." + r.decisionCode()))
                .setHeader(getTranslation("meeting.myReferrals.decision"));
        grid.addColumn(r -> r.missingForBoard().isEmpty() ? "" : String.join("; ", r.missingForBoard()))
                .setHeader(getTranslation("meeting.myReferrals.missing")).setFlexGrow(3);
        List<MyReferral> mine = boards.myReferrals(LIMIT);
        grid.setItems(mine);
        setSizeFull();
        add(grid);
    }
}
