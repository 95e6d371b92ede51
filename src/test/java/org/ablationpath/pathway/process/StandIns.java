package org.ablationpath.pathway.process;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ablationpath.pathway.internal.PathwayTimers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the pathway's delegates: each records that it ran and sets the routing variables the real one
 * would, from values a test queues. The timer arithmetic is the real {@link PathwayTimers} with the default limits.
 */
public final class StandIns {

    public static final PathwayTimers TIMERS = new PathwayTimers(21, 3, 14, 31, 62, 7, 2, "P42D", "P1Y");

    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<String> stages = new CopyOnWriteArrayList<>();
    final List<String> deviations = new CopyOnWriteArrayList<>();
    final Deque<String> eligibility = new ArrayDeque<>();
    final Deque<Boolean> newContraindication = new ArrayDeque<>();
    public final Deque<LocalDate> visits = new ArrayDeque<>();
    /** A treated organ without a published schedule (pathway.md 7.4), when no visit is left: e.g. "OTHER". */
    String indicationWithoutSchedule;
    boolean responseImagingRequired = true;
    boolean firstTreatmentInTime = true;
    boolean contrastImagingInWindow = false;
    /** The session date the checklist planned (the re-evaluation's date); null: the day the checklist is done. */
    LocalDate plannedSession;

    /** The stage listener's bean: {@code ${caseStages.enter(execution, 'STAGE')}}. */
    public class Stages {
        public void enter(DelegateExecution execution, String stage) {
            stages.add(stage);
        }
    }

    public void register() {
        Mocks.register("pathwayTimers", TIMERS);
        Mocks.register("caseStages", new Stages());
        // the real escalation: it only adds a candidate group to the engine's task
        Mocks.register("taskEscalation", new org.ablationpath.pathway.internal.TaskEscalation(
                ProcessTestEngine.get().getTaskService(), "BOARD_CHAIR"));
        delegate("evaluateEligibilityDelegate", e -> e.setVariable("eligibilityStatus",
                eligibility.isEmpty() ? "ELIGIBLE" : eligibility.poll()));
        delegate("applyBoardDecisionDelegate", e -> { });
        delegate("requestRediscussionDelegate", e -> e.setVariable("boardReviewDue",
                TIMERS.rediscussionDue(PathwayTimers.dayOf((java.util.Date) e.getVariable("detectionDate")))));
        delegate("recordDeviationDelegate", e -> {
            deviations.add((String) e.getVariable("deviationCode"));
            e.setVariable("deviationId", UUID.randomUUID().toString());
        });
        delegate("trackOtherTreatmentDelegate", e -> e.setVariable("treatmentDue", TIMERS.treatmentDue()));
        delegate("closeCaseDelegate", e -> calls.add("closed:" + e.getVariable("endReason")));
        delegate("checkFirstTreatmentDelegate", e -> e.setVariable("firstTreatmentInTime", firstTreatmentInTime));
        delegate("startSessionDelegate", e -> e.setVariable("treatmentDue", TIMERS.treatmentDue()));
        delegate("preProcedureEvaluationDelegate", e -> {
            e.setVariable("newContraindication", !newContraindication.isEmpty() && newContraindication.poll());
            LocalDate planned = plannedSession == null ? PathwayTimers.today() : plannedSession;
            e.setVariable("procedureFormDue", PathwayTimers.startOf(planned.plusDays(7)));
        });
        delegate("sessionPerformedDelegate", e -> {
            LocalDate session = PathwayTimers.today();
            e.setVariable("day7CallDate", TIMERS.day7Call(session));
            e.setVariable("day7CallDue", TIMERS.day7CallDue(session));
            e.setVariable("responseImagingRequired", responseImagingRequired);
            e.setVariable("responseWindowStart", PathwayTimers.startOf(session.plusDays(21)));
            e.setVariable("responseDue", PathwayTimers.startOf(session.plusDays(30)));
            e.setVariable("responseWindowCloses", PathwayTimers.closingOf(session.plusDays(56)));
        });
        delegate("applyResponseDelegate", e -> { });
        delegate("planNextVisitDelegate", e -> {
            LocalDate target = visits.poll();
            e.setVariable("visitPlanned", target != null);
            e.setVariable("scheduleMissing", target == null && indicationWithoutSchedule != null);
            e.setVariable("indicationsWithoutSchedule", target == null && indicationWithoutSchedule != null
                    ? indicationWithoutSchedule : "");
            if (target != null) {
                e.setVariable("visitId", UUID.randomUUID().toString());
                e.setVariable("visitWindowStart", PathwayTimers.startOf(target.minusDays(14)));
                e.setVariable("visitTarget", PathwayTimers.startOf(target));
                e.setVariable("visitWindowCloses", PathwayTimers.closingOf(target.plusDays(14)));
            }
        });
        delegate("recordMissedVisitDelegate", e -> {
            deviations.add("VISIT_MISSED");
            e.setVariable("deviationId", UUID.randomUUID().toString());
        });
        delegate("completeScheduleDelegate", e -> { });
        delegate("checkResponseContrastDelegate", e -> {
            e.setVariableLocal("contrastImagingInWindow", contrastImagingInWindow);
            e.setVariableLocal("visitsWithoutContrast", contrastImagingInWindow ? "" : e.getVariable("contrastWatchVisits"));
        });
        delegate("raiseResponseWithoutContrastDelegate", e -> calls.add("withoutContrast:" + e.getVariable("visitsWithoutContrast")));
        Mocks.register("missedVisitExplainedListener", (org.camunda.bpm.engine.delegate.ExecutionListener) e -> calls.add("missedVisitExplainedListener"));
    }

    private void delegate(String name, JavaDelegate body) {
        Mocks.register(name, (JavaDelegate) execution -> {
            calls.add(name);
            body.execute(execution);
        });
    }
}
