package org.ablationpath.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Hand-made drafts as the safety rules would hand them over (tests do not depend on the rules). */
public final class AlertDrafts {

    private AlertDrafts() {
    }

    public static AlertDraft draft(UUID caseId, String ruleId, AlertPriority priority, String causeKey, Instant raisedAt,
                                   String... roles) {
        return new AlertDraft(caseId, "C01", ruleId, priority, causeKey, "Test trigger of " + ruleId,
                "Test message of " + ruleId, List.of(roles), raisedAt, null, "test-rules-1");
    }

    public static String newCause() {
        return "AE:" + UUID.randomUUID();
    }
}
