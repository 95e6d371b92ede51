package org.ablationpath.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alert the safety rules (rules/safety, safety.md 6.2) ask for, before it is stored. The cause key makes alerts
 * idempotent per (case, AE or lab episode, rule): a draft whose cause key already has an alert of the same or a
 * higher priority adds to that alert's count instead of raising a new one.
 *
 * @param ruleId         the ALR id, e.g. ALR-03
 * @param causeKey       what the alert is about, e.g. "AE:<adverse event id>" or "LAB:<sample date>"
 * @param recipientRoles the roles of safety.md's routing, mapped onto the application's roles
 * @param dueAt          when an acknowledgement is due (null for LOG and QI_LOG)
 * @param rulesVersion   the safety rules version that produced the draft
 */
public record AlertDraft(UUID caseId, String centerId, String ruleId, AlertPriority priority, String causeKey,
                         String trigger, String message, List<String> recipientRoles, Instant raisedAt,
                         Instant dueAt, String rulesVersion) {
}
