package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;

/** Every role's home: the open tasks of the user's roles and centers, most urgent first, loaded page by page. */
@Route("")
@PageTitle("My tasks · AblationPath")
@PermitAll
public class MyTasksView extends VerticalLayout {

    private final CaseTasks tasks;
    private final Grid<TaskItem> grid = new Grid<>();

    MyTasksView(CaseTasks tasks) {
        this.tasks = tasks;
        setSizeFull();
        add(new H2(getTranslation("tasks.title")));

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("my-tasks");
        grid.addColumn(TaskItem::name).setHeader(getTranslation("tasks.col.task")).setAutoWidth(true);
        grid.addColumn(TaskItem::patientPseudonym).setHeader(getTranslation("tasks.col.patient")).setAutoWidth(true);
        grid.addColumn(t -> t.stage() == null ? "" : getTranslation("stage." + t.stage())).setHeader(getTranslation("tasks.col.stage"));
        grid.addComponentColumn(t -> dueCell(t, dates)).setHeader(getTranslation("tasks.col.due")).setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? "" : t.assignee()).setHeader(getTranslation("tasks.col.assignee"));
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        grid.setItems(query -> tasks.myTasks(query.getOffset(), query.getLimit()).stream(),
                query -> (int) tasks.countMyTasks());
        addAndExpand(grid);
    }

    private HorizontalLayout dueCell(TaskItem task, DateTimeFormatter dates) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(true);
        if (task.due() != null) {
            cell.add(new Span(dates.format(task.due().atZone(ZoneId.systemDefault()))));
        }
        if (task.overdue()) {
            Span badge = new Span(getTranslation("tasks.overdue"));
            badge.getElement().getThemeList().add("badge error");
            cell.add(badge);
        }
        return cell;
    }

    private HorizontalLayout actions(TaskItem task) {
        HorizontalLayout actions = new HorizontalLayout();
        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("tasks.claim"), e -> claim(task));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        }
        Button open = new Button(getTranslation("tasks.open"), e -> getUI().ifPresent(ui -> ui.navigate("tasks/" + task.id())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.setId("open-" + task.id());
        open.addClassName("open-task");
        open.getElement().setAttribute("data-patient", String.valueOf(task.patientPseudonym()));
        actions.add(open);
        return actions;
    }

    private void claim(TaskItem task) {
        try {
            tasks.claim(task.id());
            Notification.show(getTranslation("tasks.claimed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException conflict) {
            Notification.show(getTranslation("error.conflict", conflict.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        grid.getDataProvider().refreshAll();
    }
}
