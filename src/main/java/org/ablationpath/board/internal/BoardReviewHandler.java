package org.ablationpath.board.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ablationpath.patient.LesionRecord;
import org.ablationpath.patient.PatientService;
import org.ablationpath.board.BoardDecisionForm;
import org.ablationpath.board.BoardDecisionRecorded;
import org.ablationpath.board.Concordance;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.RoutingVariables;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * "Review at tumor board": stores the decision with the recommendation the board saw and its concordance, and
 * routes the pathway by the decision code and the re-ablation pre-authorisation (false when not given).
 */
@Component
class BoardReviewHandler implements TaskFormHandler<BoardDecisionForm> {

    static final String FORM_KEY = "board-review";
    /** The unique constraint on board_decision.task_id (V1__foundation.sql). */
    private static final String UNIQUE_TASK_CONSTRAINT = "board_decision_task_id_key";

    private final BoardDecisionRepository decisions;
    private final EvaluationHistory evaluations;
    private final CurrentUser currentUser;
    private final MeetingDecisions meetings;
    private final PatientService patients;
    private final ApplicationEventPublisher events;

    BoardReviewHandler(BoardDecisionRepository decisions, EvaluationHistory evaluations, CurrentUser currentUser,
                       MeetingDecisions meetings, PatientService patients, ApplicationEventPublisher events) {
        this.decisions = decisions;
        this.evaluations = evaluations;
        this.currentUser = currentUser;
        this.meetings = meetings;
        this.patients = patients;
        this.events = events;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<BoardDecisionForm> formType() {
        return BoardDecisionForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, BoardDecisionForm form) {
        if (decisions.existsByTaskId(task.taskId())) {
            throw new ConflictException("A decision was already recorded for this review.");
        }
        Optional<StoredEvaluation> recommendation = evaluations.latest(task.caseId());
        String status = recommendation.map(StoredEvaluation::finalStatus).orElse(null);
        boolean ablative = form.getDecisionCode().ablative(form.getTrialArmAblation());
        boolean concordant = Concordance.concordant(ablative, status);
        String reason = form.getOverrideReason() == null ? "" : form.getOverrideReason().strip();

        List<FieldProblem> problems = new ArrayList<>();
        if (!concordant && reason.length() < Concordance.MIN_OVERRIDE_REASON_LENGTH) {
            problems.add(new FieldProblem("overrideReason", "The decision differs from the recommendation ("
                    + (status == null ? "none" : status) + "): give the reason in at least "
                    + Concordance.MIN_OVERRIDE_REASON_LENGTH + " characters."));
        }
        if (Concordance.requiresChair(ablative, status) && !currentUser.hasRole(Role.BOARD_CHAIR)) {
            problems.add(new FieldProblem("decisionCode", "Ablation against a " + status
                    + " recommendation needs the board chair's sign-off."));
        }
        boolean preAuthorised = Boolean.TRUE.equals(form.getReAblationPreAuthorised());
        problems.addAll(trialArmProblems(form));
        if (preAuthorised && !ablative) {
            problems.add(new FieldProblem("reAblationPreAuthorised",
                    "Re-ablation can only be pre-authorised with an ablative decision, not with " + form.getDecisionCode() + "."));
        }
        problems.addAll(planProblems(task, form));
        Optional<MeetingDecisions.InMeeting> meeting = form.getMeetingId() == null ? Optional.empty()
                : meetings.check(form.getMeetingId(), task, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        BoardDecisionEntity decision = new BoardDecisionEntity(task.caseId(), task.centerId(), task.taskId(),
                recommendation.map(StoredEvaluation::id).orElse(null), status,
                recommendation.map(StoredEvaluation::rulesVersion).orElse(null), form.getDecisionCode(), form.getIntent(),
                form.getRationale().strip(), concordant ? null : reason, concordant, form.getReAblationPreAuthorised(),
                currentUser.username());
        decision.plan(form.getTargetLesions(), form.getPlannedModality());
        decision.trialArm(form.getDecisionCode() == DecisionCode.CLINICAL_TRIAL ? form.getTrialArmAblation() : null);
        meeting.ifPresent(m -> decision.takenInMeeting(m.meetingId(), m.attendees(), m.quorum().quorate(),
                m.quorum().exceptionReason()));
        try {
            decisions.saveAndFlush(decision);
            // decided from the task list while on an agenda: the agenda shows it decided too
            meetings.decided(task.taskId(), decision.id());
        } catch (DataIntegrityViolationException violation) {
            // two submissions of the same review at the same moment: the unique task id lets only the first through
            if (violation.getCause() instanceof ConstraintViolationException constraint
                    && UNIQUE_TASK_CONSTRAINT.equalsIgnoreCase(constraint.getConstraintName())) {
                throw new ConflictException("Someone else recorded a decision for this review at the same moment. Your input was not saved.");
            }
            throw violation;
        }
        events.publishEvent(new BoardDecisionRecorded(task.caseId(), task.centerId()));
        return Map.of(RoutingVariables.DECISION_CODE, form.getDecisionCode().name(),
                RoutingVariables.NEXT_STAGE, form.getDecisionCode().nextStage(form.getTrialArmAblation()).name(),
                RoutingVariables.RE_ABLATION_PRE_AUTHORISED, preAuthorised);
    }

    /** pathway.md section 6: a trial's arm decides its stage, so it is asked with CLINICAL_TRIAL and only there. */
    private static List<FieldProblem> trialArmProblems(BoardDecisionForm form) {
        boolean trial = form.getDecisionCode() == DecisionCode.CLINICAL_TRIAL;
        if (trial && form.getTrialArmAblation() == null) {
            return List.of(new FieldProblem("trialArmAblation", "Say whether the trial treatment is an ablation: it decides"
                    + " whether the case goes to the procedure or is tracked as another treatment."));
        }
        if (!trial && Boolean.TRUE.equals(form.getTrialArmAblation())) {
            return List.of(new FieldProblem("trialArmAblation", "A trial arm belongs to a CLINICAL_TRIAL decision, not to "
                    + form.getDecisionCode() + "."));
        }
        return List.of();
    }

    /** Target tumours and modality belong to an ablative decision, and the tumours to the case (outcomes.md 4.8). */
    private List<FieldProblem> planProblems(TaskContext task, BoardDecisionForm form) {
        List<String> targets = form.getTargetLesions() == null ? List.of() : form.getTargetLesions();
        List<FieldProblem> problems = new ArrayList<>();
        if (!form.getDecisionCode().ablative(form.getTrialArmAblation())) {
            if (!targets.isEmpty()) {
                problems.add(new FieldProblem("targetLesions", "Target tumours belong to an ablative decision, not to "
                        + form.getDecisionCode() + "."));
            }
            if (form.getPlannedModality() != null) {
                problems.add(new FieldProblem("plannedModality", "A planned modality belongs to an ablative decision, not to "
                        + form.getDecisionCode() + "."));
            }
            return problems;
        }
        if (!targets.isEmpty()) {
            Set<String> known = patients.lesionsOfCase(task.caseId()).stream().map(LesionRecord::tumorKey).collect(Collectors.toSet());
            List<String> unknown = targets.stream().filter(t -> !known.contains(t)).toList();
            if (!unknown.isEmpty()) {
                problems.add(new FieldProblem("targetLesions", "Not tumours of this case: " + String.join(", ", unknown)
                        + "; the case's tumours are " + String.join(", ", known.stream().sorted().toList()) + "."));
            }
        }
        return problems;
    }
}
