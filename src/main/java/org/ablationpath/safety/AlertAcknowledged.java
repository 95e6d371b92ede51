package org.ablationpath.safety;

import java.util.UUID;

/** Someone acknowledged the alert: its escalation ends. */
public record AlertAcknowledged(UUID alertId, UUID caseId) {
}
