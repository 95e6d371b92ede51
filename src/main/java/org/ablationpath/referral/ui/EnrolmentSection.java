package org.ablationpath.referral.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.platform.workflow.CaseSection;
import org.ablationpath.referral.CaseEnrolments;

/**
 * The trial or registry enrolment of the case (safety.md ALR-16) on the case page, with an edit dialog for the roles
 * that may set it, and as {@code enrolment} in {@code GET /api/cases/{id}}.
 */
@org.springframework.stereotype.Component
class EnrolmentSection implements CaseSection {

    /** The same roles as {@code PUT /api/cases/{id}/enrolment}. */
    static final List<Role> EDITORS = List.of(Role.REFERRING_PHYSICIAN, Role.INTERVENTIONAL_RADIOLOGIST, Role.DATA_MANAGER);

    private final CaseEnrolments enrolments;
    private final CurrentUser currentUser;

    EnrolmentSection(CaseEnrolments enrolments, CurrentUser currentUser) {
        this.enrolments = enrolments;
        this.currentUser = currentUser;
    }

    @Override
    public String key() {
        return "enrolment";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<Object> data(UUID caseId) {
        return enrolments.of(caseId).map(e -> e);
    }

    @Override
    public Component render(UUID caseId) {
        return new EnrolmentPanel(caseId, enrolments, EDITORS.stream().anyMatch(currentUser::hasRole));
    }
}
