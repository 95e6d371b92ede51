package org.ablationpath.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.safety.Alert;
import org.ablationpath.safety.AlertDraft;
import org.ablationpath.safety.AlertPriority;
import org.hibernate.envers.Audited;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * One alert (stamped and versioned like {@code ChangeStamped}, whose version is not readable: acknowledgements name
 * it); versioned, so an acknowledgement and an escalation (or two acknowledgements) cannot both win. */
@Entity
@Audited
@Table(name = "alert")
@EntityListeners(AuditingEntityListener.class)
class AlertEntity {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "rule_id")
    private String ruleId;
    @Enumerated(EnumType.STRING)
    private AlertPriority priority;
    @Column(name = "cause_key")
    private String causeKey;
    @Column(name = "trigger_text")
    private String trigger;
    private String message;
    @Column(name = "recipient_roles")
    private String recipientRoles;
    @Column(name = "current_recipient_roles")
    private String currentRecipientRoles;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "escalates_at")
    private Instant escalatesAt;
    @Column(name = "occurrence_count")
    private int occurrenceCount;
    @Column(name = "last_occurred_at")
    private Instant lastOccurredAt;
    @Column(name = "escalation_level")
    private int escalationLevel;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "acknowledgement_note")
    private String acknowledgementNote;
    @Column(name = "rules_version")
    private String rulesVersion;
    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @CreatedBy
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @LastModifiedBy
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @Version
    private long version;

    protected AlertEntity() {
    }

    AlertEntity(AlertDraft draft, List<String> recipients, Instant raisedAt, Instant dueAt, Instant escalatesAt) {
        this.id = UUID.randomUUID();
        this.caseId = draft.caseId();
        this.centerId = draft.centerId();
        this.ruleId = draft.ruleId();
        this.priority = draft.priority();
        this.causeKey = draft.causeKey();
        this.trigger = draft.trigger();
        this.message = draft.message();
        this.recipientRoles = String.join(",", recipients);
        this.currentRecipientRoles = this.recipientRoles;
        this.raisedAt = raisedAt;
        this.dueAt = dueAt;
        this.escalatesAt = escalatesAt;
        this.occurrenceCount = 1;
        this.lastOccurredAt = raisedAt;
        this.rulesVersion = draft.rulesVersion();
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    String centerId() {
        return centerId;
    }

    String ruleId() {
        return ruleId;
    }

    String causeKey() {
        return causeKey;
    }

    Instant raisedAt() {
        return raisedAt;
    }

    AlertPriority priority() {
        return priority;
    }

    long version() {
        return version;
    }

    int escalationLevel() {
        return escalationLevel;
    }

    boolean acknowledged() {
        return acknowledgedAt != null;
    }

    String acknowledgedBy() {
        return acknowledgedBy;
    }

    Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    Set<String> currentRecipientRoles() {
        return roles(currentRecipientRoles);
    }

    /** The same cause occurred again under the same rule and no higher priority class (safety.md 6.2). */
    void recur(Instant at) {
        occurrenceCount++;
        if (lastOccurredAt == null || at.isAfter(lastOccurredAt)) {
            lastOccurredAt = at;
        }
    }

    void acknowledge(String by, Instant at, String note) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
        this.acknowledgementNote = note;
        this.escalatesAt = null;
    }

    /** One level up: the level's roles join the recipients (those addressed before still see it). */
    void escalate(int level, Collection<String> levelRoles, Instant at, Instant nextLevelAt) {
        Set<String> recipients = roles(currentRecipientRoles);
        recipients.addAll(levelRoles);
        this.currentRecipientRoles = String.join(",", recipients);
        this.escalationLevel = level;
        this.escalatedAt = at;
        this.escalatesAt = nextLevelAt;
    }

    Alert toRecord() {
        return new Alert(id, caseId, centerId, null, ruleId, priority, causeKey, trigger, message,
                List.copyOf(roles(recipientRoles)), List.copyOf(roles(currentRecipientRoles)), raisedAt, dueAt, escalatesAt,
                occurrenceCount, lastOccurredAt, escalationLevel, escalatedAt, acknowledgedBy, acknowledgedAt,
                acknowledgementNote, rulesVersion, version);
    }

    private static Set<String> roles(String joined) {
        Set<String> roles = new LinkedHashSet<>();
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(String::strip).filter(r -> !r.isEmpty()).forEach(roles::add);
        }
        return roles;
    }
}
