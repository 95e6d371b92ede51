package org.ablationpath.pathway.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.pathway.internal.CaseTaskQueries.TaskRow;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The screens' task lists read the engine's runtime tables with SQL of their own; these tests hold that SQL to what the
 * engine's task query answered: the user's centers and groups, claimed tasks included, suspended ones not, the order
 * of my tasks, and each task's case (business key), form key and subject.
 */
@AblationPathTest
class CaseTaskQueriesTest {

    private static final String GROUP = "CTQ_GROUP";

    @Autowired
    CaseTaskQueries queries;
    @Autowired
    ProcessEngine engine;

    /** A center of this test only, so that no other test's tasks are listed. */
    private String center;

    @BeforeEach
    void deployForOwnCenter() {
        center = "T" + UUID.randomUUID().toString().substring(0, 8);
        BpmnModelInstance model = Bpmn.createExecutableProcess("ctq-process")
                .startEvent()
                .parallelGateway("split")
                .userTask("first").name("First").camundaFormKey("ctq-first").camundaCandidateGroups(GROUP)
                .camundaDueDate("${due}").camundaInputParameter("subjectId", "${subject}")
                .endEvent()
                .moveToNode("split")
                .userTask("second").name("Second").camundaCandidateGroups("OTHER_GROUP")
                .endEvent()
                .done();
        engine.getRepositoryService().createDeployment().tenantId(center).addModelInstance("ctq-process.bpmn", model).deploy();
    }

    @Test
    void myTasksAreTheCentersActiveTasksOfTheGroupsByDueDateNoneLast() {
        UUID late = start("2030-03-01T00:00:00Z", "late");
        UUID early = start("2030-01-01T00:00:00Z", "early");
        UUID none = start(null, "none");
        UUID claimed = start("2030-02-01T00:00:00Z", "claimed");
        engine.getTaskService().claim(firstTaskOf(claimed).getId(), "someone");
        UUID suspended = start("2029-01-01T00:00:00Z", "suspended");
        engine.getRuntimeService().suspendProcessInstanceById(processOf(suspended));

        List<TaskRow> rows = queries.candidateTasks(List.of(center), List.of(GROUP, "NOT_A_GROUP"), null, 0, 10);

        assertThat(rows).extracting(TaskRow::caseId).containsExactly(early, claimed, late, none);
        assertThat(rows).extracting(TaskRow::subjectId).containsExactly("early", "claimed", "late", "none");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.formKey()).isEqualTo("ctq-first");
            assertThat(row.name()).isEqualTo("First");
            assertThat(row.tenantId()).isEqualTo(center);
            assertThat(row.created()).isNotNull();
        });
        assertThat(rows.get(0).due()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(rows.get(1).assignee()).isEqualTo("someone");
        assertThat(rows.get(3).due()).isNull();
        assertThat(rows).extracting(TaskRow::caseId).doesNotContain(suspended);

        assertThat(queries.candidateTasks(List.of(center), List.of(GROUP), null, 1, 2))
                .extracting(TaskRow::caseId).containsExactly(claimed, late);
        assertThat(queries.candidateTasks(List.of("C01", "C02"), List.of(GROUP), null, 0, 10)).isEmpty();
        assertThat(queries.candidateTasks(List.of(center), List.of("NOT_A_GROUP"), null, 0, 10)).isEmpty();
    }

    @Test
    void oneTaskByItsIdOnlyWhenTheUserMayWorkOnIt() {
        UUID caseId = start(null, "subject");
        String taskId = firstTaskOf(caseId).getId();
        String otherGroupsTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKey("second").singleResult().getId();

        assertThat(queries.candidateTasks(List.of(center), List.of(GROUP), taskId, 0, 1))
                .extracting(TaskRow::id).containsExactly(taskId);
        assertThat(queries.candidateTasks(List.of(center), List.of(GROUP), otherGroupsTask, 0, 1)).isEmpty();
    }

    @Test
    void aCasesTasksWithTheTaskOwnSubjectBeforeItsActivityInput() {
        UUID caseId = start(null, "from-input");
        UUID otherCase = start(null, "other");
        Task first = firstTaskOf(caseId);
        engine.getTaskService().setVariableLocal(first.getId(), "subjectId", "own");

        List<TaskRow> rows = queries.tasksOfCases(List.of(caseId));

        assertThat(rows).extracting(TaskRow::name).containsExactlyInAnyOrder("First", "Second");
        assertThat(rows).allSatisfy(row -> assertThat(row.caseId()).isEqualTo(caseId));
        assertThat(rows).filteredOn(row -> row.id().equals(first.getId())).extracting(TaskRow::subjectId).containsExactly("own");
        assertThat(rows).filteredOn(row -> !row.id().equals(first.getId())).extracting(TaskRow::subjectId).containsOnlyNulls();
        assertThat(queries.tasksOfCases(List.of(caseId, otherCase))).hasSize(4);
        assertThat(queries.tasksOfCases(List.of())).isEmpty();
    }

    private UUID start(String due, String subject) {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> variables = new HashMap<>();
        variables.put("due", due == null ? null : Date.from(Instant.parse(due)));
        variables.put("subject", subject);
        engine.getRuntimeService().createProcessInstanceByKey("ctq-process").processDefinitionTenantId(center)
                .businessKey(caseId.toString()).setVariables(variables).execute();
        return caseId;
    }

    private Task firstTaskOf(UUID caseId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKey("first").singleResult();
    }

    private String processOf(UUID caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString())
                .singleResult().getId();
    }
}
