package org.ablationpath.board.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.board.FollowThroughForm;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * "Confirm the decided treatment started" (pathway.md STG-13, decision-implementation tracking): records whether
 * the treatment of the case's latest board decision started, when and which, or the coded reason it did not, as a
 * subsequent treatment of that decision (outcomes.md 4.14).
 */
@Component
class DecisionFollowThroughHandler implements TaskFormHandler<FollowThroughForm> {

    static final String FORM_KEY = "decision-follow-through";
    /** The unique constraint on subsequent_treatment.task_id (V9__board_follow_through.sql). */
    private static final String UNIQUE_TASK_CONSTRAINT = "subsequent_treatment_task_id_key";
    /** Decision codes that send the case back to the work-up: they are not a treatment that can start. */
    private static final Set<DecisionCode> NOT_A_TREATMENT = Set.of(DecisionCode.FURTHER_WORKUP, DecisionCode.DEFER);

    private final BoardDecisionRepository decisions;
    private final SubsequentTreatmentRepository treatments;
    private final List<String> reasonCodes;
    private final Clock clock;

    DecisionFollowThroughHandler(BoardDecisionRepository decisions, SubsequentTreatmentRepository treatments,
                                 @Value("${ablationpath.deviation-reasons}") List<String> reasonCodes, Clock clock) {
        this.decisions = decisions;
        this.treatments = treatments;
        this.reasonCodes = List.copyOf(reasonCodes);
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<FollowThroughForm> formType() {
        return FollowThroughForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, FollowThroughForm form) {
        if (treatments.existsByTaskId(task.taskId())) {
            throw new ConflictException("The follow-through of this decision was already recorded.");
        }
        BoardDecisionEntity decision = decisions.findFirstByCaseIdOrderByDecidedAtDesc(task.caseId())
                .orElseThrow(() -> new ConflictException("The case has no board decision to follow through."));
        boolean started = form.getTreatmentStarted();
        DecisionCode type = form.getTreatmentType() == null ? decision.decisionCode() : form.getTreatmentType();
        String reason = form.getReasonCode() == null || form.getReasonCode().isBlank() ? null : form.getReasonCode().strip();
        String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip();

        List<FieldProblem> problems = new ArrayList<>(startDateProblems(form.getStartDate(), started, decision));
        if (NOT_A_TREATMENT.contains(type)) {
            problems.add(new FieldProblem("treatmentType", type + " is not a treatment: give the treatment that started or was planned."));
        }
        if (reason == null && !started) {
            problems.add(new FieldProblem("reasonCode", "Give the reason the decided treatment has not started."));
        } else if (reason == null && type != decision.decisionCode()) {
            problems.add(new FieldProblem("reasonCode", "The treatment differs from the decision (" + decision.decisionCode()
                    + "): give the reason."));
        } else if (reason != null && !reasonCodes.contains(reason)) {
            problems.add(new FieldProblem("reasonCode", "Unknown reason code; one of " + String.join(", ", reasonCodes) + "."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        try {
            treatments.saveAndFlush(new SubsequentTreatmentEntity(task.caseId(), task.centerId(), decision.id(), task.taskId(),
                    started, type, started ? form.getStartDate() : null, reason, note));
        } catch (DataIntegrityViolationException violation) {
            if (violation.getCause() instanceof ConstraintViolationException constraint
                    && UNIQUE_TASK_CONSTRAINT.equalsIgnoreCase(constraint.getConstraintName())) {
                throw new ConflictException("Someone else recorded this follow-through at the same moment. Your input was not saved.");
            }
            throw violation;
        }
        return Map.of();
    }

    private List<FieldProblem> startDateProblems(LocalDate startDate, boolean started, BoardDecisionEntity decision) {
        if (!started) {
            return startDate == null ? List.of()
                    : List.of(new FieldProblem("startDate", "Leave the start date empty when the treatment has not started."));
        }
        if (startDate == null) {
            return List.of(new FieldProblem("startDate", "Give the date the treatment started."));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate decidedOn = decision.decidedAt().atZone(clock.getZone()).toLocalDate();
        if (startDate.isAfter(today)) {
            return List.of(new FieldProblem("startDate", "The start date cannot be after today (" + today + ")."));
        }
        if (startDate.isBefore(decidedOn)) {
            return List.of(new FieldProblem("startDate", "The start date cannot be before the board decision (" + decidedOn + ")."));
        }
        return List.of();
    }
}
