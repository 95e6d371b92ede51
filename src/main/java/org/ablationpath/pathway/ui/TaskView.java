package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;

/** Opens a task with the form its module registered for the task's form key. */
@Route("tasks/:taskId")
@PageTitle("Task · AblationPath")
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver {

    private final CaseTasks tasks;
    private final Map<String, TaskFormEditor> editors;

    TaskView(CaseTasks tasks, List<TaskFormEditor> editors) {
        this.tasks = tasks;
        this.editors = editors.stream().collect(Collectors.toMap(TaskFormEditor::formKey, Function.identity()));
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<TaskItem> task = event.getRouteParameters().get("taskId").flatMap(tasks::task);
        if (task.isEmpty()) {
            add(new H2(getTranslation("error.notFound")), backLink());
            return;
        }
        TaskItem item = task.get();
        add(new H2(getTranslation("task.title", item.name())));
        add(new HorizontalLayout(new Paragraph(getTranslation("case.patient") + ": " + item.patientPseudonym()),
                new Anchor("cases/" + item.caseId(), getTranslation("tasks.openCase"))));
        TaskFormEditor editor = editors.get(item.formKey());
        if (editor == null) {
            add(new Paragraph(getTranslation("task.noForm")), backLink());
            return;
        }
        add(editor.create(item, () -> {
            Notification.show(getTranslation("task.completed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("cases/" + item.caseId()));
        }));
    }

    private Anchor backLink() {
        return new Anchor("", getTranslation("task.back"));
    }
}
