package org.ablationpath.safety.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.ablationpath.safety.MortalityReviewForm;
import org.ablationpath.safety.MortalityReviewRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * "Morbidity and mortality review" (TMR-11, safety.md ALR-01): stores the review of the task's ALR-01 alert (its
 * subject) and queues the case's registry outcomes, whose procedureRelatedDeath follows the review (OUT-12). The
 * review cannot be held before the event it reviews (the death, or the onset of the fatal adverse event) nor after
 * today.
 */
@Component
class MortalityReviewHandler implements TaskFormHandler<MortalityReviewForm> {

    static final String FORM_KEY = "mortality-review";
    private static final String DEATH_CAUSE = "DEATH:";
    private static final String ADVERSE_EVENT_CAUSE = "AE:";

    private final MortalityReviewRepository reviews;
    private final AlertRepository alerts;
    private final AdverseEventRepository adverseEvents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MortalityReviewHandler(MortalityReviewRepository reviews, AlertRepository alerts,
                           AdverseEventRepository adverseEvents, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.alerts = alerts;
        this.adverseEvents = adverseEvents;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<MortalityReviewForm> formType() {
        return MortalityReviewForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, MortalityReviewForm form) {
        AlertEntity alert = alerts.findById(UUID.fromString(task.subjectId()))
                .filter(a -> a.caseId().equals(task.caseId()))
                .orElseThrow(() -> new IllegalStateException("Task " + task.taskId() + " names no alert of its case"));
        if (reviews.existsByTaskId(task.taskId())) {
            throw new ConflictException("This review was already recorded.");
        }
        validate(form, eventDate(alert));
        try {
            reviews.saveAndFlush(new MortalityReviewEntity(task.caseId(), task.centerId(), alert.id(), task.taskId(), form));
        } catch (DataIntegrityViolationException sameMoment) {
            throw new ConflictException("Someone else recorded this review at the same moment. Your input was not saved.");
        }
        events.publishEvent(new MortalityReviewRecorded(task.caseId(), task.centerId()));
        return Map.of();
    }

    private void validate(MortalityReviewForm form, LocalDate eventDate) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (form.getReviewDate().isAfter(today)) {
            problems.add(new FieldProblem("reviewDate", "Cannot be after today (" + today + ")."));
        } else if (form.getReviewDate().isBefore(eventDate)) {
            problems.add(new FieldProblem("reviewDate", "Cannot be before the event reviewed (" + eventDate + ")."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
    }

    /** The death date of a death alert, the onset of a fatal adverse event's; else the day the alert was raised. */
    private LocalDate eventDate(AlertEntity alert) {
        String cause = alert.causeKey();
        if (cause.startsWith(DEATH_CAUSE)) {
            return LocalDate.parse(cause.substring(DEATH_CAUSE.length()));
        }
        if (cause.startsWith(ADVERSE_EVENT_CAUSE)) {
            return adverseEvents.findById(UUID.fromString(cause.substring(ADVERSE_EVENT_CAUSE.length())))
                    .map(AdverseEventEntity::onsetDate).orElseThrow();
        }
        return LocalDate.ofInstant(alert.raisedAt(), clock.getZone());
    }
}
