package org.ablationpath.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.ablationpath.pathway.internal.PathwayTimers;
import org.ablationpath.pathway.process.ProcessTestEngine;
import org.ablationpath.pathway.process.StandIns;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The same BPMN on a bare engine (standalone, history FULL, its own embedded PostgreSQL) with no-op delegates that
 * only set routing variables: the baseline the application's overhead is measured against.
 */
final class BareEngineRun {

    private BareEngineRun() {
    }

    static PathwayWalk walk(int cases, int threads, LocalDate start) {
        ProcessEngine engine = ProcessTestEngine.get();
        Set<String> visited = ConcurrentHashMap.newKeySet();
        PathwayWalk walk = new PathwayWalk(engine, threads, step -> {
            registerNoOps(visited);
            step.run();
        });
        ClockUtil.setCurrentTime(PathwayTimers.startOf(start));
        List<String> keys = IntStream.range(0, cases).mapToObj(i -> UUID.randomUUID().toString()).toList();
        walk.run("referral", keys.stream().<Runnable>map(key -> () -> engine.getRuntimeService().startProcessInstanceByKey(
                "ablation-pathway", key, Map.of("caseId", key, "centerId", "C01",
                        "boardReviewDue", PathwayTimers.startOf(start.plusDays(21)),
                        "firstTreatmentDue", PathwayTimers.startOf(start.plusDays(62))))).toList());
        var tasks = engine.getTaskService();
        walk.completeAll("Activity_ReviewAtTumorBoard", keys, t -> tasks.complete(t.getId(),
                Map.of("decisionCode", "ABLATION", "nextStage", "PRE_PROCEDURE", "reAblationPreAuthorised", false)));
        walk.completeAll("Activity_PreProcedureChecklist", keys, t -> tasks.complete(t.getId()));
        walk.completeAll("Activity_RecordProcedure", keys, t -> tasks.complete(t.getId()));
        walk.completeAll("Activity_ObserveAndDischarge", keys, t -> tasks.complete(t.getId()));
        walk.advanceTo(start.plusDays(7), keys);
        walk.completeAll("Activity_Day7Call", keys, t -> tasks.complete(t.getId()));
        walk.advanceTo(start.plusDays(21), keys);
        walk.completeAll("Activity_AssessResponse", keys, t -> tasks.complete(t.getId(), Map.of("responseFinding", "COMPLETE")));
        walk.advanceTo(start.plusDays(90 - 14), keys);
        walk.completeAll("Activity_FollowUpVisit", keys, t -> tasks.complete(t.getId(), Map.of("visitFinding", "NO_DISEASE")));
        ClockUtil.reset();
        walk.close();
        return walk;
    }

    /** The bare engine's own database. */
    static DataSource dataSource() {
        return ((ProcessEngineConfigurationImpl) ProcessTestEngine.get().getProcessEngineConfiguration()).getDataSource();
    }

    private static void registerNoOps(Set<String> visited) {
        new StandIns().register();
        // as the application: each session starts its 30-day adverse-event closure (TMR-10) beside the episode
        Mocks.register("sessionPerformedDelegate", (JavaDelegate) execution -> {
            LocalDate session = PathwayTimers.today();
            execution.setVariable("day7CallDate", StandIns.TIMERS.day7Call(session));
            execution.setVariable("day7CallDue", StandIns.TIMERS.day7CallDue(session));
            execution.setVariable("responseImagingRequired", true);
            execution.setVariable("responseWindowStart", PathwayTimers.startOf(session.plusDays(21)));
            execution.setVariable("responseDue", PathwayTimers.startOf(session.plusDays(30)));
            execution.setVariable("responseWindowCloses", PathwayTimers.closingOf(session.plusDays(56)));
            execution.getProcessEngineServices().getRuntimeService().createProcessInstanceByKey("adverse-event-closure")
                    .businessKey(execution.getProcessBusinessKey())
                    .setVariable("caseId", execution.getVariable("caseId"))
                    .setVariable("centerId", execution.getVariable("centerId"))
                    .setVariable("sessionId", UUID.randomUUID().toString())
                    .setVariable("aeClosureOpens", PathwayTimers.startOf(session.plusDays(30)))
                    .setVariable("aeClosureDue", PathwayTimers.startOf(session.plusDays(37)))
                    .setVariable("aeClosureGraceEnds", PathwayTimers.closingOf(session.plusDays(37)))
                    .execute();
        });
        // one surveillance visit per case, at month 3, then the schedule is complete
        Mocks.register("planNextVisitDelegate", (JavaDelegate) execution -> {
            boolean first = visited.add(execution.getProcessBusinessKey());
            execution.setVariable("visitPlanned", first);
            execution.setVariable("scheduleMissing", false);
            if (first) {
                LocalDate target = PathwayTimers.today().plusDays(90 - 21);
                execution.setVariable("visitId", UUID.randomUUID().toString());
                execution.setVariable("visitWindowStart", PathwayTimers.startOf(target.minusDays(14)));
                execution.setVariable("visitTarget", PathwayTimers.startOf(target));
                execution.setVariable("visitWindowCloses", PathwayTimers.closingOf(target.plusDays(14)));
            }
        });
    }
}
