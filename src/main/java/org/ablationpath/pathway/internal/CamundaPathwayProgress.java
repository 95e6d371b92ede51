package org.ablationpath.pathway.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.pathway.PathwayProgress;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the case's processes from the engine's runtime and history; the caller has checked the case is visible. */
@Service
public class CamundaPathwayProgress implements PathwayProgressReader {

    /** Steps the timeline leaves out: routing, not events of the case. */
    private static final Set<String> ROUTING = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway");

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final DeviationRepository deviations;
    private final ManagementService management;
    private final Map<String, String> bpmnByDefinition = new ConcurrentHashMap<>();
    private volatile String activitiesOfCaseSql;
    private volatile String latestPathwaySql;
    private volatile String calledProcessSql;

    CamundaPathwayProgress(RepositoryService repository, RuntimeService runtime, HistoryService history,
                           ManagementService management, DeviationRepository deviations) {
        this.management = management;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.deviations = deviations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PathwayProgress> of(UUID caseId) {
        // native queries: the engine's queries built their SQL through MyBatis/OGNL at every opening of the case page
        HistoricProcessInstance main = history.createNativeHistoricProcessInstanceQuery().sql(latestPathwaySql())
                .parameter("caseId", caseId.toString()).parameter("pathway", ProcessVariables.PROCESS_KEY)
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (main == null) {
            return Optional.empty();
        }
        return Optional.of(new PathwayProgress(diagrams(main), timeline(caseId)));
    }

    private List<PathwayProgress.Diagram> diagrams(HistoricProcessInstance main) {
        List<PathwayProgress.Diagram> diagrams = new ArrayList<>();
        if (main.getEndTime() != null) {
            List<String> ends = history.createHistoricActivityInstanceQuery().processInstanceId(main.getId()).list().stream()
                    .filter(a -> a.getActivityType().endsWith("EndEvent")).map(HistoricActivityInstance::getActivityId).toList();
            diagrams.add(diagram(main.getProcessDefinitionId(), ends));
            return diagrams;
        }
        String instanceId = main.getId();
        String definitionId = main.getProcessDefinitionId();
        // the main process, then each called process the case is in, innermost last
        for (int depth = 0; instanceId != null && depth < 3; depth++) {
            diagrams.add(diagram(definitionId, runtime.getActiveActivityIds(instanceId)));
            ProcessInstance called = runtime.createNativeProcessInstanceQuery().sql(calledProcessSql())
                    .parameter("caller", instanceId).listPage(0, 1).stream().findFirst().orElse(null);
            instanceId = called == null ? null : called.getId();
            definitionId = called == null ? null : called.getProcessDefinitionId();
        }
        return diagrams;
    }

    private PathwayProgress.Diagram diagram(String definitionId, List<String> current) {
        var definition = repository.getProcessDefinition(definitionId);
        return new PathwayProgress.Diagram(definition.getKey(), definition.getName(), definitionId, current);
    }

    /**
     * The steps of every process of the case (the pathway, its board reviews, procedure episodes and visits) in one
     * query: one per process instance made a case in follow-up ask a dozen times on every opening of its page.
     */
    private List<PathwayProgress.Step> timeline(UUID caseId) {
        List<PathwayProgress.Step> steps = new ArrayList<>();
        history.createNativeHistoricActivityInstanceQuery().sql(activitiesOfCaseSql()).parameter("caseId", caseId.toString())
                .list().stream()
                .filter(a -> a.getActivityName() != null && !ROUTING.contains(a.getActivityType()))
                .map(a -> new PathwayProgress.Step(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                        instant(a.getStartTime()), instant(a.getEndTime()), a.getAssignee()))
                .forEach(steps::add);
        deviations.findByCaseIdOrderByOccurredAtAsc(caseId).forEach(d -> steps.add(new PathwayProgress.Step(
                d.toDeviation().code().name(), d.toDeviation().code().name(), PathwayProgress.DEVIATION,
                d.toDeviation().occurredAt(), d.toDeviation().reasonAt(), d.toDeviation().reasonBy())));
        steps.sort(Comparator.comparing(PathwayProgress.Step::started));
        return steps;
    }

    /** A deployed definition never changes, so its XML is read from the engine's byte-array table once per id. */
    @Override
    public Optional<String> bpmnXml(String definitionId) {
        String known = bpmnByDefinition.get(definitionId);
        if (known != null) {
            return Optional.of(known);
        }
        if (repository.createProcessDefinitionQuery().processDefinitionId(definitionId).count() == 0) {
            return Optional.empty();
        }
        return Optional.of(bpmnByDefinition.computeIfAbsent(definitionId, id -> {
            try (InputStream xml = repository.getProcessModel(id)) {
                return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }));
    }

    /** The case's latest pathway instance (running or ended). */
    private String latestPathwaySql() {
        if (latestPathwaySql == null) {
            latestPathwaySql = "select P.* from " + management.getTableName(HistoricProcessInstance.class) + " P"
                    + " where P.BUSINESS_KEY_ = #{caseId} and P.PROC_DEF_KEY_ = #{pathway} order by P.START_TIME_ desc, P.ID_ desc";
        }
        return latestPathwaySql;
    }

    /** The active process called by one of the instance's executions. */
    private String calledProcessSql() {
        if (calledProcessSql == null) {
            String executions = management.getTableName(ProcessInstance.class);
            calledProcessSql = "select RES.* from " + executions + " RES where RES.ID_ = RES.PROC_INST_ID_"
                    + " and RES.SUSPENSION_STATE_ = 1 and RES.SUPER_EXEC_ in (select E.ID_ from " + executions
                    + " E where E.PROC_INST_ID_ = #{caller}) order by RES.ID_";
        }
        return calledProcessSql;
    }

    /** The engine's table names carry its configured prefix. */
    private String activitiesOfCaseSql() {
        if (activitiesOfCaseSql == null) {
            activitiesOfCaseSql = "select A.* from " + management.getTableName(HistoricActivityInstance.class) + " A"
                    + " where A.PROC_INST_ID_ in (select P.PROC_INST_ID_ from "
                    + management.getTableName(HistoricProcessInstance.class) + " P where P.BUSINESS_KEY_ = #{caseId})";
        }
        return activitiesOfCaseSql;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
