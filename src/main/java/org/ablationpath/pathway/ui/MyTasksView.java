package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
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
    final Grid<TaskItem> grid = new Grid<>();

    MyTasksView(CaseTasks tasks) {
        this.tasks = tasks;
        setSizeFull();
        add(new H2(getTranslation("tasks.title")));

        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("my-tasks");
        grid.addColumn(TaskItem::name).setHeader(getTranslation("tasks.col.task")).setAutoWidth(true);
        grid.addColumn(TaskItem::patientPseudonym).setHeader(getTranslation("tasks.col.patient")).setAutoWidth(true);
        grid.addColumn(t -> t.stage() == null ? "" : getTranslation("stage." + t.stage())).setHeader(getTranslation("tasks.col.stage"));
        grid.addColumn(dueCell(dates)).setKey("due").setHeader(getTranslation("tasks.col.due")).setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? "" : t.assignee()).setHeader(getTranslation("tasks.col.assignee"));
        grid.addColumn(actions()).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        // no count: the grid learns the end of the list when a page comes back short (a count of the candidate
        // tasks cost as much database time as the page itself, at every opening)
        grid.setItems(query -> tasks.myTasks(query.getOffset(), query.getLimit()).stream());
        addAndExpand(grid);
    }

    // Both cells are drawn in the browser by LitRenderers: no server-side components per row (issue 9, heap per
    // session). Bindings are text-escaped; no property is ever null (Karibu's GridKt._get fails on null).

    /** Date and overdue badge (the badge only when overdue). */
    private LitRenderer<TaskItem> dueCell(DateTimeFormatter dates) {
        String overdue = getTranslation("tasks.overdue");
        return LitRenderer.<TaskItem>of("""
                        <vaadin-horizontal-layout theme="spacing">\
                        <span>${item.due}</span>\
                        ${item.overdue ? html`<span theme="badge error" class="task-overdue">${item.overdue}</span>` : ''}\
                        </vaadin-horizontal-layout>""")
                .withProperty("due", t -> t.due() == null ? "" : dates.format(t.due().atZone(ZoneId.systemDefault())))
                .withProperty("overdue", t -> t.overdue() ? overdue : "");
    }

    /**
     * Claim (only while nobody has the task) and open, as buttons drawn in the browser whose clicks call back here;
     * ids, classes and attributes are what browser tests and users rely on.
     */
    private LitRenderer<TaskItem> actions() {
        String claimText = getTranslation("tasks.claim");
        String openText = getTranslation("tasks.open");
        return LitRenderer.<TaskItem>of("""
                        <vaadin-horizontal-layout theme="spacing">\
                        ${item.claimLabel ? html`<vaadin-button theme="small" class="claim-task" @click=${claim}>${item.claimLabel}</vaadin-button>` : ''}\
                        <vaadin-button theme="small primary" id="open-${item.id}" class="open-task" data-patient="${item.patient}" \
                        @click=${open}>${item.openLabel}</vaadin-button>\
                        </vaadin-horizontal-layout>""")
                .withProperty("id", TaskItem::id)
                .withProperty("patient", t -> String.valueOf(t.patientPseudonym()))
                .withProperty("claimLabel", t -> t.assignee() == null ? claimText : "")
                .withProperty("openLabel", t -> openText)
                .withFunction("claim", this::claim)
                .withFunction("open", t -> getUI().ifPresent(ui -> ui.navigate("tasks/" + t.id())));
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
