package org.ablationpath.pathway.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.pathway.PathwayProgress;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the case's process from the engine's runtime and history; the caller has checked the case is visible. */
@Service
public class CamundaPathwayProgress implements PathwayProgressReader {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    CamundaPathwayProgress(RepositoryService repository, RuntimeService runtime, HistoryService history) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public Optional<PathwayProgress> of(UUID caseId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseId.toString()).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (instance == null) {
            return Optional.empty();
        }
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list();
        List<PathwayProgress.Step> timeline = activities.stream()
                .filter(a -> a.getActivityName() != null)
                .map(a -> new PathwayProgress.Step(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                        instant(a.getStartTime()), instant(a.getEndTime()), a.getAssignee()))
                .toList();
        List<String> current = instance.getEndTime() == null
                ? runtime.getActiveActivityIds(instance.getId())
                : activities.stream().filter(a -> "noneEndEvent".equals(a.getActivityType()) || a.getActivityType().endsWith("EndEvent"))
                        .map(HistoricActivityInstance::getActivityId).toList();
        return Optional.of(new PathwayProgress(bpmn(instance.getProcessDefinitionId()), current, timeline));
    }

    private String bpmn(String processDefinitionId) {
        try (InputStream xml = repository.getProcessModel(processDefinitionId)) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
