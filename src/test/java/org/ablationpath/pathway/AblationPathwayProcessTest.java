package org.ablationpath.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The ablation pathway BPMN on a standalone engine (no Spring) over a real PostgreSQL started once for the class.
 * The delegates are stand-ins that record their calls: what they do is tested with the Spring context.
 */
class AblationPathwayProcessTest {

    static final String PROCESS_KEY = "ablation-pathway";
    static final String BPMN = "processes/ablation-pathway.bpmn";

    private static final EmbeddedPostgres POSTGRES = startPostgres();

    @RegisterExtension
    static final ProcessEngineExtension EXTENSION = ProcessEngineExtension.builder().useProcessEngine(buildEngine()).build();

    /** Injected by the extension. */
    ProcessEngine engine;

    private final List<Map<String, Object>> evaluateCalls = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> applyCalls = new CopyOnWriteArrayList<>();

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProcessEngine buildEngine() {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(POSTGRES.getJdbcUrl("postgres", "postgres"));
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("postgres");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setProcessEngineName("ablation-pathway-process-test");
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine);
        Mocks.register("evaluateEligibilityDelegate", (JavaDelegate) execution -> {
            evaluateCalls.add(Map.copyOf(execution.getVariables()));
            execution.setVariable("eligibilityStatus", "DISCUSS");
        });
        Mocks.register("applyBoardDecisionDelegate", (JavaDelegate) execution ->
                applyCalls.add(Map.copyOf(execution.getVariables())));
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @AfterAll
    static void stopEngineAndDatabase() throws IOException {
        EXTENSION.getProcessEngine().close();
        POSTGRES.close();
    }

    @Test
    @Deployment(resources = BPMN)
    void referralIsEvaluatedReviewedByTheBoardAndTheDecisionApplied() {
        String caseId = UUID.randomUUID().toString();
        Date boardReviewDue = Date.from(LocalDate.of(2026, 6, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());

        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(caseId)
                .setVariable("caseId", caseId)
                .setVariable("centerId", "C01")
                .setVariable("boardReviewDue", boardReviewDue)
                .execute();

        assertThat(instance).isStarted()
                .hasBusinessKey(caseId)
                .hasPassedInOrder("StartEvent_CaseReferred", "Activity_EvaluateEligibility")
                .isWaitingAtExactly("Activity_ReviewAtTumorBoard")
                .variables().containsEntry("eligibilityStatus", "DISCUSS");
        assertThat(evaluateCalls).singleElement()
                .satisfies(vars -> assertThat(vars).containsEntry("caseId", caseId).containsEntry("centerId", "C01"));
        assertThat(applyCalls).isEmpty();

        assertThat(task(instance))
                .hasDefinitionKey("Activity_ReviewAtTumorBoard")
                .hasName("Review at tumor board")
                .hasCandidateGroup("TUMOR_BOARD")
                .hasFormKey("board-review")
                .hasDueDate(boardReviewDue)
                .isNotAssigned();

        complete(task(instance), withVariables("decisionCode", "ABLATION", "nextStage", "PRE_PROCEDURE"));

        assertThat(instance).isEnded()
                .hasPassedInOrder("StartEvent_CaseReferred", "Activity_EvaluateEligibility", "Activity_ReviewAtTumorBoard",
                        "Activity_ApplyBoardDecision", "EndEvent_BoardDecided");
        assertThat(evaluateCalls).hasSize(1);
        assertThat(applyCalls).singleElement().satisfies(vars -> assertThat(vars)
                .containsEntry("caseId", caseId)
                .containsEntry("decisionCode", "ABLATION")
                .containsEntry("nextStage", "PRE_PROCEDURE"));
    }

    @Test
    @Deployment(resources = BPMN)
    void aDecisionLeadingAwayFromAblationEndsTheSameWay() {
        String caseId = UUID.randomUUID().toString();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseId,
                withVariables("caseId", caseId, "centerId", "C02",
                        "boardReviewDue", Date.from(Instant.parse("2026-07-01T00:00:00Z"))));

        complete(task(instance), withVariables("decisionCode", "FURTHER_WORKUP", "nextStage", "WORKUP"));

        assertThat(instance).isEnded().hasPassed("EndEvent_BoardDecided");
        assertThat(applyCalls).singleElement().satisfies(vars -> assertThat(vars)
                .containsEntry("decisionCode", "FURTHER_WORKUP")
                .containsEntry("nextStage", "WORKUP"));
    }

    @Test
    void everyUserTaskHasAFormKeyAndCandidateGroups() {
        for (Map.Entry<String, BpmnModelInstance> bpmn : allProcesses().entrySet()) {
            for (UserTask userTask : bpmn.getValue().getModelElementsByType(UserTask.class)) {
                String where = bpmn.getKey() + " " + userTask.getId();
                assertThat(userTask.getCamundaFormKey()).as("form key of %s", where).isNotBlank();
                assertThat(userTask.getCamundaCandidateGroups()).as("candidate groups of %s", where).isNotBlank();
            }
        }
    }

    @Test
    void elementIdsFollowTheNamingConvention() {
        List<String> offending = new ArrayList<>();
        for (Map.Entry<String, BpmnModelInstance> bpmn : allProcesses().entrySet()) {
            for (FlowElement element : bpmn.getValue().getModelElementsByType(FlowElement.class)) {
                String prefix = expectedPrefix(element);
                if (prefix == null || !element.getId().startsWith(prefix)) {
                    offending.add(bpmn.getKey() + ": " + element.getElementType().getTypeName() + " " + element.getId()
                            + " (expected prefix " + prefix + ")");
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    private static String expectedPrefix(FlowElement element) {
        if (element instanceof StartEvent) {
            return "StartEvent_";
        }
        if (element instanceof EndEvent) {
            return "EndEvent_";
        }
        if (element instanceof Event) {
            return "Event_";
        }
        if (element instanceof Gateway) {
            return "Gateway_";
        }
        if (element instanceof Activity) {
            return "Activity_";
        }
        if (element instanceof SequenceFlow) {
            return "Flow_";
        }
        return null;
    }

    /** Every BPMN the application deploys (its deployment pattern), parsed with the model API. */
    private static Map<String, BpmnModelInstance> allProcesses() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
            assertThat(resources).as("BPMN files under processes/").isNotEmpty();
            Map<String, BpmnModelInstance> models = new java.util.TreeMap<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    models.put(resource.getFilename(), Bpmn.readModelFromStream(in));
                }
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
