package org.ablationpath.safety.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.ablationpath.safety.AdverseEventOutcome;
import org.ablationpath.safety.AdverseEventReviewForm;
import org.ablationpath.safety.CtcaeTerms;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * "Review the adverse event": the interventional radiologist grades the worst severity reached, the attribution to
 * the procedure, whether it is an expected side effect, and the outcome. The task's subject is the adverse event;
 * an event is reviewed once.
 */
@Component
class AdverseEventReviewHandler implements TaskFormHandler<AdverseEventReviewForm> {

    static final String FORM_KEY = "adverse-event-review";
    /** CTCAE grade 5 is death related to the event (safety.md 3.1): the grade and a fatal outcome go together. */
    private static final int DEATH_GRADE = 5;

    private final AdverseEventRepository events;
    private final CtcaeTerms terms;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SafetyAssessor assessor;

    AdverseEventReviewHandler(AdverseEventRepository events, CtcaeTerms terms, CurrentUser currentUser, Clock clock,
                              SafetyAssessor assessor) {
        this.assessor = assessor;
        this.events = events;
        this.terms = terms;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<AdverseEventReviewForm> formType() {
        return AdverseEventReviewForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, AdverseEventReviewForm form) {
        AdverseEventEntity event = subject(task);
        if (event.reviewed()) {
            throw new ConflictException("This adverse event was already reviewed by " + event.reviewedBy() + ".");
        }
        int worst = form.getWorstGrade();
        List<FieldProblem> problems = new ArrayList<>();
        List<Integer> grades = terms.allowedGrades(event.ctcaeTerm());
        if (worst < event.gradeAtOnset()) {
            problems.add(new FieldProblem("worstGrade", "The worst grade cannot be below the grade at onset ("
                    + event.gradeAtOnset() + ")."));
        } else if (!grades.contains(worst)) {
            problems.add(new FieldProblem("worstGrade", "CTCAE " + terms.version() + " defines no grade " + worst + " for "
                    + event.ctcaeTerm() + "; defined grades: " + grades + "."));
        }
        boolean fatal = form.getOutcome() == AdverseEventOutcome.FATAL;
        if (worst == DEATH_GRADE && !fatal) {
            problems.add(new FieldProblem("outcome", "Grade 5 is death related to the event: the outcome is FATAL."));
        } else if (fatal && worst != DEATH_GRADE) {
            problems.add(new FieldProblem("worstGrade", "A fatal outcome is CTCAE grade 5."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip();
        event.review(worst, form.getAttribution(), form.getExpectedSideEffect(), form.getOutcome(), note,
                currentUser.username(), clock.instant());
        // the worst grade may raise the alert class (the alert store keeps one alert per event unless the class rises)
        assessor.assess(event);
        try {
            events.saveAndFlush(event);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new ConflictException("Someone else reviewed this adverse event at the same moment. Your input was not saved.");
        }
        return Map.of();
    }

    private AdverseEventEntity subject(TaskContext task) {
        return uuid(task.subjectId()).flatMap(events::findById)
                .filter(e -> e.caseId().equals(task.caseId()))
                .orElseThrow(() -> new NotFoundException("This task names no adverse event of its case."));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
