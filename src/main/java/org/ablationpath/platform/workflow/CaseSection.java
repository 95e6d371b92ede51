package org.ablationpath.platform.workflow;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/**
 * A module's part of the case page and of {@code GET /api/cases/{id}}: modules the pathway must not depend on
 * (board, later procedure, follow-up…) contribute their data this way. The case is already visible to the user.
 */
public interface CaseSection {

    /** JSON property name in the case resource, e.g. {@code decision}. */
    String key();

    /** Position on the case page (lower first). */
    int order();

    Optional<Object> data(UUID caseId);

    Component render(UUID caseId);
}
