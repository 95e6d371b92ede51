package org.ablationpath.safety.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseSummary;
import org.ablationpath.safety.Alert;
import org.ablationpath.safety.AlertAcknowledged;
import org.ablationpath.safety.AlertDraft;
import org.ablationpath.safety.AlertEscalation;
import org.ablationpath.safety.AlertPriority;
import org.ablationpath.safety.AlertRaised;
import org.ablationpath.safety.AlertRuleStatistics;
import org.ablationpath.safety.Alerts;
import org.ablationpath.safety.MortalityReviewDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert store: idempotent raising (safety.md 6.2), acknowledgement against the version the user saw, escalation
 * along {@link EscalationRouting}, the inbox of the signed-in user and per-rule statistics. Reads of alerts (they name
 * patients' cases) are logged per case.
 */
@Service
class JpaAlerts implements Alerts {

    static final int NOTE_MAX_LENGTH = 500;
    /** Acknowledged alerts stay in the inbox this long, below the open ones. */
    static final Duration ACKNOWLEDGED_SHOWN_FOR = Duration.ofDays(7);
    private static final int INBOX_LIMIT = 300;
    private static final List<AlertPriority> PUSHED = Arrays.stream(AlertPriority.values())
            .filter(AlertPriority::needsAcknowledgement).toList();
    private static final Logger log = LoggerFactory.getLogger(JpaAlerts.class);

    private final AlertRepository alerts;
    private final EscalationRouting routing;
    private final CaseDirectory cases;
    private final CurrentUser currentUser;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher publisher;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    JpaAlerts(AlertRepository alerts, EscalationRouting routing, CaseDirectory cases, CurrentUser currentUser,
              AccessLog accessLog, ApplicationEventPublisher publisher, JdbcTemplate jdbc, Clock clock) {
        this.alerts = alerts;
        this.routing = routing;
        this.cases = cases;
        this.currentUser = currentUser;
        this.accessLog = accessLog;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Higher is more urgent; a recurrence in a higher class is a new alert (safety.md 6.2). */
    static int rank(AlertPriority priority) {
        return switch (priority) {
            case P1_IMMEDIATE -> 5;
            case P2_URGENT -> 4;
            case P3_ROUTINE -> 3;
            case QI_LOG -> 2;
            case LOG -> 1;
        };
    }

    @Override
    @Transactional
    public RaisedAlert raise(AlertDraft draft) {
        requireComplete(draft);
        Instant occurredAt = (draft.raisedAt() != null ? draft.raisedAt() : clock.instant()).truncatedTo(ChronoUnit.MILLIS);
        Optional<AlertEntity> highest = alerts.findByCaseIdAndRuleIdAndCauseKey(draft.caseId(), draft.ruleId(), draft.causeKey())
                .stream().max(Comparator.comparingInt(a -> rank(a.priority())));
        if (highest.isPresent() && rank(draft.priority()) <= rank(highest.get().priority())) {
            highest.get().recur(occurredAt);
            return new RaisedAlert(alerts.save(highest.get()).toRecord(), false);
        }
        List<String> recipients = draft.recipientRoles() == null ? List.of() : draft.recipientRoles().stream()
                .filter(r -> r != null && !r.isBlank()).map(r -> r.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        if (draft.priority().needsAcknowledgement() && recipients.isEmpty()) {
            log.warn("Alert {} ({}) has no recipients until it escalates", draft.ruleId(), draft.priority());
        }
        Instant dueAt = !draft.priority().needsAcknowledgement() ? null
                : draft.dueAt() != null ? draft.dueAt() : routing.acknowledgeBy(draft.priority(), occurredAt);
        // ALR-12 escalates an alert not acknowledged within its time: never before its due time (ALR-16's protocol
        // time of 24 h is later than P2's first level)
        Instant escalatesAt = routing.levelDue(draft.priority(), 1, occurredAt, clock.getZone())
                .map(at -> dueAt != null && dueAt.isAfter(at) ? dueAt : at).orElse(null);
        AlertEntity saved = alerts.save(new AlertEntity(draft, recipients, occurredAt, dueAt, escalatesAt));
        publisher.publishEvent(new AlertRaised(saved.id(), saved.caseId(), saved.centerId(), saved.priority(), dueAt, escalatesAt));
        if (MortalityReviewDue.RULE_ID.equals(saved.ruleId())) {
            // safety.md ALR-01: "task: morbidity and mortality review within 14 days" (TMR-11)
            publisher.publishEvent(new MortalityReviewDue(saved.id(), saved.caseId(), saved.centerId(), occurredAt));
        }
        return new RaisedAlert(saved.toRecord(), true);
    }

    @Override
    @Transactional
    @Secured({"ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST, "ROLE_" + Roles.TUMOR_BOARD,
            "ROLE_" + Roles.BOARD_CHAIR, "ROLE_" + Roles.NURSE, "ROLE_" + Roles.DATA_MANAGER})
    public Alert acknowledge(UUID alertId, String note, long expectedVersion) {
        AlertEntity alert = alerts.findById(alertId).filter(a -> currentUser.canSeeCenter(a.centerId()))
                .orElseThrow(() -> new NotFoundException("No such alert"));
        if (note == null || note.isBlank()) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("note", "A short note is required to acknowledge an alert.")));
        }
        if (note.strip().length() > NOTE_MAX_LENGTH) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("note",
                    "The note may have at most " + NOTE_MAX_LENGTH + " characters.")));
        }
        if (!alert.priority().needsAcknowledgement()) {
            throw new ConflictException("This " + alert.priority() + " entry is stored only; there is nothing to acknowledge.");
        }
        if (currentUser.roles().stream().map(Role::name).noneMatch(alert.currentRecipientRoles()::contains)) {
            throw new AccessDeniedException("The alert is not addressed to your roles");
        }
        if (alert.acknowledged()) {
            throw new ConflictException("This alert was already acknowledged by " + alert.acknowledgedBy() + ".");
        }
        if (alert.version() != expectedVersion) {
            throw new ConflictException("This alert changed since you opened it (escalated or acknowledged by someone else). "
                    + "Reload it and acknowledge it again if it is still open.");
        }
        alert.acknowledge(currentUser.username(), now(), note.strip());
        AlertEntity saved;
        try {
            saved = alerts.saveAndFlush(alert);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new ConflictException("Someone else acknowledged or escalated this alert at the same time. Reload it.");
        }
        publisher.publishEvent(new AlertAcknowledged(saved.id(), saved.caseId()));
        return saved.toRecord();
    }

    @Override
    @Transactional
    public AlertEscalation escalate(UUID alertId) {
        AlertEntity alert = alerts.findById(alertId).orElseThrow(() -> new NotFoundException("No such alert"));
        int next = alert.escalationLevel() + 1;
        Optional<EscalationProperties.Level> level = routing.level(alert.priority(), next);
        if (alert.acknowledged() || level.isEmpty()) {
            return new AlertEscalation(false, alert.escalationLevel(), null);
        }
        Instant now = now();
        Instant nextLevelAt = routing.levelDue(alert.priority(), next + 1, now, clock.getZone()).orElse(null);
        alert.escalate(next, level.get().roles(), now, nextLevelAt);
        alerts.saveAndFlush(alert);
        return new AlertEscalation(true, next, nextLevelAt);
    }

    @Override
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST, "ROLE_" + Roles.TUMOR_BOARD,
            "ROLE_" + Roles.BOARD_CHAIR, "ROLE_" + Roles.NURSE, "ROLE_" + Roles.DATA_MANAGER})
    public List<Alert> inbox() {
        Set<String> centers = currentUser.centerIds();
        Set<String> roles = currentUser.roles().stream().map(Role::name).collect(Collectors.toSet());
        if (centers.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<AlertEntity> mine = alerts.inboxCandidates(centers, PUSHED, now.minus(ACKNOWLEDGED_SHOWN_FOR)).stream()
                .filter(a -> a.currentRecipientRoles().stream().anyMatch(roles::contains))
                .toList();
        Map<UUID, CaseSummary> summaries = cases.summaries(mine.stream().map(AlertEntity::caseId).distinct().toList());
        List<Alert> inbox = mine.stream().map(AlertEntity::toRecord)
                .sorted(Comparator.comparing(Alert::acknowledged)
                        .thenComparing(a -> -rank(a.priority()))
                        .thenComparing(Alert::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Alert::raisedAt))
                .limit(INBOX_LIMIT)
                .map(a -> a.withPatientPseudonym(Optional.ofNullable(summaries.get(a.caseId()))
                        .map(CaseSummary::patientPseudonym).orElse(null)))
                .toList();
        Map<UUID, Alert> perCase = new LinkedHashMap<>();
        inbox.forEach(a -> perCase.putIfAbsent(a.caseId(), a));
        perCase.forEach((caseId, a) -> Optional.ofNullable(summaries.get(caseId)).ifPresent(
                kase -> accessLog.patientRecordRead(kase.patientId(), caseId, kase.centerId(), "VIEW_ALERT_INBOX")));
        return inbox;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> ofCase(UUID caseId) {
        CaseSummary kase = cases.visibleCase(caseId).orElseThrow(() -> new NotFoundException("No such case"));
        accessLog.patientRecordRead(kase.patientId(), caseId, kase.centerId(), "VIEW_CASE_ALERTS");
        return alerts.findByCaseIdOrderByRaisedAtDesc(caseId).stream()
                .map(a -> a.toRecord().withPatientPseudonym(kase.patientPseudonym())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    public List<AlertRuleStatistics> statisticsPerRule(String centerId, Instant from, Instant to) {
        if (!currentUser.canSeeCenter(centerId)) {
            throw new NotFoundException("No such center");
        }
        return jdbc.query("""
                        select rule_id, count(*) as raised, sum(occurrence_count) as occurrences,
                               count(acknowledged_at) as acknowledged,
                               percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - raised_at)) as median_s,
                               percentile_cont(0.9) within group (order by extract(epoch from acknowledged_at - raised_at)) as p90_s,
                               count(*) filter (where escalation_level > 0) as escalated
                        from app.alert where center_id = ? and raised_at >= ? and raised_at < ?
                        group by rule_id order by rule_id""",
                (rs, i) -> new AlertRuleStatistics(rs.getString("rule_id"), rs.getLong("raised"), rs.getLong("occurrences"),
                        rs.getLong("acknowledged"), seconds(rs.getObject("median_s")), seconds(rs.getObject("p90_s")),
                        rs.getLong("escalated")),
                centerId, Timestamp.from(from), Timestamp.from(to));
    }

    /** The database keeps microseconds: times computed from a stored time must start from what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Long seconds(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue());
    }

    private static void requireComplete(AlertDraft draft) {
        if (draft == null || draft.caseId() == null || draft.centerId() == null || draft.ruleId() == null
                || draft.priority() == null || draft.causeKey() == null) {
            throw new IllegalArgumentException("An alert draft needs case, center, rule, priority and cause key: " + draft);
        }
    }
}
