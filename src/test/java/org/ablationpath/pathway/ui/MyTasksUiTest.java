package org.ablationpath.pathway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.FormTasks;
import org.ablationpath.LitCells;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/**
 * My tasks, whose due and action cells the browser draws (LitRenderer): an overdue unassigned task shows its badge
 * and Claim, Claim takes it, a task someone claimed in the meantime is refused with a notification, Open navigates.
 */
@AblationPathTest
class MyTasksUiTest {

    /**
     * Stands in for the task screen: the test checks where Open leads, not the form. Anonymous, because Karibu's
     * mocked request carries no principal for the route access check.
     */
    @AnonymousAllowed
    public static class TaskTarget extends Div implements HasUrlParameter<String> {
        String taskId;

        @Override
        public void setParameter(BeforeEvent event, String parameter) {
            taskId = parameter;
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseTasks tasks;

    private String taskId;
    private String pseudonym;

    @BeforeEach
    void setUp() {
        pseudonym = TestCases.uniquePseudonym("MYTASKS");
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(pseudonym));
        taskId = FormTasks.openTask(engine, caseId, "C01", "my-tasks-ui-test", "REFERRING_PHYSICIAN");
        // due long ago: overdue, and first in the list whatever other tests left
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(Date.from(Instant.now().minus(3650, ChronoUnit.DAYS)));
        engine.getTaskService().saveTask(task);
        MockedScreens.open(context);
        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
    }

    @AfterEach
    void close() {
        MockedScreens.close();
        String instance = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getProcessInstanceId();
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
            engine.getRuntimeService().deleteProcessInstance(instance, "test done");
        }
    }

    private MyTasksView openView() {
        MyTasksView view = new MyTasksView(tasks);
        UI.getCurrent().add(view);
        return view;
    }

    private TaskItem row(MyTasksView view) {
        List<TaskItem> rows = view.grid.getGenericDataView().getItems().toList();
        return rows.stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new AssertionError("task " + taskId + " is not in my tasks"));
    }

    @Test
    void anOverdueUnassignedTaskShowsItsBadgeAndClaimTakesIt() {
        MyTasksView view = openView();
        TaskItem row = row(view);

        assertThat(LitCells.property(view.grid, "due", row, "overdue")).isEqualTo("Overdue");
        assertThat(LitCells.template(view.grid, "due")).contains("${item.overdue}");
        assertThat(LitCells.property(view.grid, "actions", row, "claimLabel")).isEqualTo("Claim");
        assertThat(LitCells.property(view.grid, "actions", row, "id")).isEqualTo(taskId);
        assertThat(LitCells.property(view.grid, "actions", row, "patient")).isEqualTo(pseudonym);
        assertThat(LitCells.template(view.grid, "actions"))
                .contains("id=\"open-${item.id}\"", "class=\"open-task\"", "data-patient=\"${item.patient}\"");

        LitCells.call(view.grid, "actions", row, "claim");

        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("physician");
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text")).isEqualTo("Task claimed."));
        TaskItem claimed = row(view);
        assertThat(LitCells.property(view.grid, "actions", claimed, "claimLabel")).isEqualTo("");
    }

    @Test
    void aTaskClaimedInTheMeantimeIsRefusedWithANotification() {
        MyTasksView view = openView();
        TaskItem row = row(view);
        engine.getTaskService().claim(taskId, "radiologist");

        LitCells.call(view.grid, "actions", row, "claim");

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getElement().getProperty("text"))
                        .startsWith("Someone else changed this at the same time").contains("claimed by radiologist"));
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("radiologist");
    }

    @Test
    void openLeadsToTheTaskScreen() {
        RouteConfiguration.forSessionScope().setRoute("tasks", TaskTarget.class);
        MyTasksView view = openView();

        LitCells.call(view.grid, "actions", row(view), "open");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tasks/" + taskId);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).singleElement()
                .satisfies(target -> assertThat(((TaskTarget) target).taskId).isEqualTo(taskId));
    }
}
