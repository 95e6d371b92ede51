package org.ablationpath.followup.ui;

import com.vaadin.flow.component.Component;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.followup.internal.EndOfFollowUpReports;
import org.ablationpath.followup.internal.FollowUpOverviews;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.platform.workflow.CaseSection;

/** The case's follow-up on the case page and as {@code followUp} in {@code GET /api/cases/{id}}. */
@org.springframework.stereotype.Component
class FollowUpSection implements CaseSection {

    /** Who may end a case's follow-up (as {@code POST /api/cases/{id}/end-of-follow-up}). */
    static final Set<Role> MAY_END = EnumSet.of(Role.NURSE, Role.DATA_MANAGER, Role.REFERRING_PHYSICIAN,
            Role.INTERVENTIONAL_RADIOLOGIST, Role.BOARD_CHAIR);

    private final FollowUpOverviews overviews;
    private final EndOfFollowUpReports reports;
    private final CurrentUser currentUser;

    FollowUpSection(FollowUpOverviews overviews, EndOfFollowUpReports reports, CurrentUser currentUser) {
        this.overviews = overviews;
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @Override
    public String key() {
        return "followUp";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Object> data(UUID caseId) {
        return overviews.overview(caseId).filter(overview -> !overview.empty()).map(overview -> overview);
    }

    @Override
    public Component render(UUID caseId) {
        boolean mayEnd = currentUser.roles().stream().anyMatch(MAY_END::contains);
        return new FollowUpPanel(caseId, overviews.overview(caseId), mayEnd ? Optional.of(reports) : Optional.empty());
    }
}
