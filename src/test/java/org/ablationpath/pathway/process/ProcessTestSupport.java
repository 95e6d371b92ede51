package org.ablationpath.pathway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the process tests share: the engine, the stand-in delegates, a fixed start day, and task helpers. */
abstract class ProcessTestSupport {

    static final LocalDate DAY_ONE = LocalDate.of(2026, 3, 2); // a Monday

    final ProcessEngine engine = ProcessTestEngine.get();
    final StandIns standIns = new StandIns();
    String businessKey;

    @BeforeEach
    void setUpEngine() {
        BpmnAwareTests.init(engine);
        standIns.register();
        businessKey = UUID.randomUUID().toString();
        advanceTo(DAY_ONE);
    }

    @AfterEach
    void tearDownEngine() {
        // no timer of this test may fire in another one: the engine is shared
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).rootProcessInstances()
                .list().forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over"));
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    ProcessInstance start(String processKey, Map<String, Object> variables) {
        Map<String, Object> all = new java.util.HashMap<>(variables);
        all.putIfAbsent("caseId", businessKey);
        all.putIfAbsent("centerId", "C01");
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, all);
        coverage().track(instance.getId());
        return instance;
    }

    abstract FlowNodeCoverage coverage();

    /** The one open task of the case (in whichever process of the case) with this activity id. */
    Task task(String activityId) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(activityId).initializeFormKeys().singleResult();
        assertThat(task).as("open task %s", activityId).isNotNull();
        return task;
    }

    /** The task's subject as the task context reads it (local input of the task's activity). */
    Object subjectOf(String activityId) {
        return engine.getTaskService().getVariable(task(activityId).getId(), "subjectId");
    }

    boolean hasTask(String activityId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(activityId).count() > 0;
    }

    void complete(String activityId, Object... variables) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        engine.getTaskService().complete(task(activityId).getId(), values);
    }

    void correlate(String message, Map<String, Object> variables) {
        engine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(businessKey)
                .setVariables(variables).correlateAllWithResult();
    }

    /** Moves the engine clock and fires the due timers of this test's case only. */
    void advanceTo(LocalDate day) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(ProcessTestEngine.day(day));
        for (int round = 0; round < 20; round++) {
            List<org.camunda.bpm.engine.runtime.Job> due = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey).list().stream()
                    .flatMap(i -> engine.getManagementService().createJobQuery().processInstanceId(i.getId()).timers()
                            .executable().list().stream()).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("Timers keep firing");
    }
}
