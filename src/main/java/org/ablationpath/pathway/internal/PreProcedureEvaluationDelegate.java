package org.ablationpath.pathway.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.BoardDecisions;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.eligibility.FiredRule;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.referral.CaseAssessment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * STG-05 re-evaluation on the planned procedure date with the newest data. Only a contraindication the board has
 * not seen returns the case to it: INVALID data, or a NOT_ELIGIBLE rule that did not fire in the evaluation the
 * latest decision was taken on (a board that overrode a known contraindication is not asked again).
 */
@Component("preProcedureEvaluationDelegate")
class PreProcedureEvaluationDelegate implements JavaDelegate {

    static final String TRIGGER = "PRE_PROCEDURE";
    private static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

    private final CaseAssessment assessment;
    private final ProcedureSessions sessions;
    private final BoardDecisions decisions;
    private final EvaluationHistory evaluations;
    private final int procedureFormDays;

    PreProcedureEvaluationDelegate(CaseAssessment assessment, ProcedureSessions sessions, BoardDecisions decisions,
                                   EvaluationHistory evaluations,
                                   @Value("${ablationpath.pathway.procedure-form-days}") int procedureFormDays) {
        this.assessment = assessment;
        this.sessions = sessions;
        this.decisions = decisions;
        this.evaluations = evaluations;
        this.procedureFormDays = procedureFormDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = ProcessVariables.caseId(execution);
        LocalDate planned = sessions.plannedProcedureDate(caseId).orElseGet(PathwayTimers::today);
        StoredEvaluation now = assessment.assess(caseId, TRIGGER, planned);
        execution.setVariable(ProcessVariables.ELIGIBILITY_STATUS, now.finalStatus());
        execution.setVariable(ProcessVariables.NEW_CONTRAINDICATION, isNew(now, seenByTheBoard(caseId)));
        // TMR-14: the procedure form is due N days after the planned session (the last allowed day)
        execution.setVariable(ProcessVariables.PROCEDURE_FORM_DUE, PathwayTimers.startOf(planned.plusDays(procedureFormDays)));
    }

    private Set<String> seenByTheBoard(UUID caseId) {
        return decisions.ofCase(caseId).stream().findFirst()
                .map(BoardDecision::evaluationId)
                .flatMap(evaluations::find)
                .map(PreProcedureEvaluationDelegate::contraindications)
                .orElse(Set.of());
    }

    private static boolean isNew(StoredEvaluation now, Set<String> seen) {
        if (EvaluateEligibilityDelegate.INVALID.equals(now.finalStatus())) {
            return true;
        }
        return NOT_ELIGIBLE.equals(now.finalStatus()) && !seen.containsAll(contraindications(now));
    }

    private static Set<String> contraindications(StoredEvaluation evaluation) {
        return evaluation.rulesFired().stream().filter(rule -> NOT_ELIGIBLE.equals(rule.outcome()))
                .map(FiredRule::id).collect(Collectors.toSet());
    }
}
