package org.ablationpath.followup.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ablationpath.board.Board;
import org.ablationpath.followup.NurseWorklist;
import org.ablationpath.followup.WorklistCategory;
import org.ablationpath.followup.WorklistFilter;
import org.ablationpath.followup.WorklistRow;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.ConflictException;

/**
 * The nurse worklist (issue 7): visits and day-7 calls of the user's centers, most urgent first, loaded page by
 * page from the database, filtered by category, organ, tumour board and assignee. A row opens its task form; the data
 * manager sees the list read-only.
 */
@Route("worklist")
@PageTitle("Worklist · AblationPath")
@RolesAllowed({Roles.NURSE, Roles.DATA_MANAGER})
public class WorklistView extends VerticalLayout {

    final Select<WorklistCategory> category = new Select<>();
    final Select<String> organ = new Select<>();
    /** A combo box, not a select: its items go to the browser as data, not as a component each (a board per organ and center). */
    final ComboBox<Board> board = new ComboBox<>();
    final Checkbox mine = new Checkbox();
    final Grid<WorklistRow> grid = new Grid<>();
    private final NurseWorklist worklist;
    private final CurrentUser currentUser;
    private final boolean nurse;
    private WorklistFilter filter = WorklistFilter.ALL;

    WorklistView(NurseWorklist worklist, CurrentUser currentUser) {
        this.worklist = worklist;
        this.currentUser = currentUser;
        this.nurse = currentUser.hasRole(Role.NURSE);
        setSizeFull();
        add(new H2(getTranslation("worklist.title")));

        category.setId("worklist-category");
        category.setLabel(getTranslation("worklist.filter.category"));
        category.setItems(WorklistCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("worklist.filter.any"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("worklist.filter.any") : getTranslation("worklist.category." + c.name()));
        organ.setId("worklist-organ");
        organ.setLabel(getTranslation("worklist.filter.organ"));
        organ.setItems(worklist.organs());
        organ.setEmptySelectionAllowed(true);
        organ.setEmptySelectionCaption(getTranslation("worklist.filter.any"));
        board.setId("worklist-board");
        board.setLabel(getTranslation("alert.worklist.board"));
        board.setItems(worklist.boards());
        board.setClearButtonVisible(true);
        board.setPlaceholder(getTranslation("worklist.filter.any"));
        board.setItemLabelGenerator(Board::name);
        mine.setId("worklist-mine");
        mine.setLabel(getTranslation("worklist.filter.mine"));
        mine.setVisible(nurse);
        HorizontalLayout filters = new HorizontalLayout(category, organ, board, mine);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters);

        grid.setId("worklist");
        grid.addColumn(badge()).setKey("category").setHeader(getTranslation("worklist.col.category")).setAutoWidth(true);
        grid.addColumn(patient()).setKey("patient").setHeader(getTranslation("worklist.col.patient")).setAutoWidth(true);
        grid.addColumn(WorklistRow::organ).setHeader(getTranslation("worklist.col.organ")).setAutoWidth(true);
        grid.addColumn(WorklistRow::label).setHeader(getTranslation("worklist.col.visit")).setAutoWidth(true);
        grid.addColumn(r -> UiDates.format(r.targetDate(), getLocale())).setHeader(getTranslation("worklist.col.target")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("worklist.window", UiDates.format(r.windowStart(), getLocale()),
                UiDates.format(r.windowEnd(), getLocale()))).setHeader(getTranslation("worklist.col.window")).setAutoWidth(true);
        grid.addColumn(r -> r.daysOverdue() == 0 ? "" : String.valueOf(r.daysOverdue()))
                .setHeader(getTranslation("worklist.col.daysOverdue")).setAutoWidth(true);
        grid.addColumn(r -> r.retryDate() == null ? "" : getTranslation("worklist.retry", UiDates.format(r.retryDate(), getLocale()),
                r.contactAttempts())).setHeader(getTranslation("worklist.col.retry")).setAutoWidth(true);
        grid.addColumn(r -> r.assignedTo() == null ? "" : r.assignedTo()).setHeader(getTranslation("worklist.col.nurse")).setAutoWidth(true);
        if (nurse) {
            grid.addColumn(actions()).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("worklist.empty"));
        // no count: the grid learns the end of the list when a page comes back short (counting the rows cost a
        // third of the worklist's database time, at every opening and filter change)
        grid.setItems(query -> worklist.rows(filter, query.getOffset(), query.getLimit()).stream());
        if (nurse) {
            grid.addItemClickListener(click -> open(click.getItem()));
        }
        category.addValueChangeListener(e -> refilter());
        organ.addValueChangeListener(e -> refilter());
        board.addValueChangeListener(e -> refilter());
        mine.addValueChangeListener(e -> refilter());
        addAndExpand(grid);
    }

    private void refilter() {
        filter = new WorklistFilter(category.getValue(), organ.getValue(),
                Boolean.TRUE.equals(mine.getValue()) ? currentUser.username() : null,
                board.getValue() == null ? null : board.getValue().id());
        grid.getDataProvider().refreshAll();
    }

    // The cells below are drawn in the browser by LitRenderers from a few properties per row: no server-side
    // components, listeners or state nodes per row (issue 9, heap and CPU per session). Bindings are text-escaped.
    // No property is ever null (an empty string hides a button): Karibu's GridKt._get renders templates and fails on null.

    private LitRenderer<WorklistRow> badge() {
        return LitRenderer.<WorklistRow>of("<span theme=\"${item.theme}\" class=\"worklist-badge\">${item.category}</span>")
                .withProperty("category", r -> getTranslation("worklist.category." + r.category().name()))
                .withProperty("theme", WorklistView::badgeTheme);
    }

    private static String badgeTheme(WorklistRow row) {
        return switch (row.category()) {
            case MISSED -> "badge error primary";
            case OVERDUE -> "badge error";
            case DUE_THIS_WEEK -> "badge";
            case IN_WINDOW -> "badge contrast";
            case DAY7_CALL -> row.daysOverdue() > 0 ? "badge error" : "badge success";
        };
    }

    private LitRenderer<WorklistRow> patient() {
        return LitRenderer.<WorklistRow>of("<a class=\"worklist-case\" href=\"cases/${item.caseId}\">${item.patient}</a>")
                .withProperty("caseId", r -> r.caseId().toString())
                .withProperty("patient", r -> r.patientPseudonym() == null ? r.caseId().toString() : r.patientPseudonym());
    }

    /** The nurse's buttons: assign to me (unless the row is hers already) and open (enabled once a task is open). */
    private LitRenderer<WorklistRow> actions() {
        String assignText = getTranslation("worklist.assignToMe");
        String openText = getTranslation("worklist.open");
        String me = currentUser.username();
        return LitRenderer.<WorklistRow>of("""
                        <vaadin-horizontal-layout theme="spacing">\
                        ${item.assignLabel ? html`<vaadin-button theme="small" class="worklist-assign" @click=${assign}>${item.assignLabel}</vaadin-button>` : ''}\
                        <vaadin-button theme="small primary" class="worklist-open" data-item-id="${item.itemId}" ?disabled=${!item.hasTask} \
                        @click=${open}>${item.openLabel}</vaadin-button>\
                        </vaadin-horizontal-layout>""")
                .withProperty("assignLabel", r -> me.equals(r.assignedTo()) ? "" : assignText)
                .withProperty("itemId", r -> r.itemId().toString())
                .withProperty("hasTask", r -> r.taskId() != null)
                .withProperty("openLabel", r -> openText)
                .withFunction("assign", this::assign)
                .withFunction("open", this::open);
    }

    private void open(WorklistRow row) {
        getUI().ifPresent(ui -> ui.navigate(target(row)));
    }

    /** The row's open task form, or its case page while no task is open yet. */
    String target(WorklistRow row) {
        return row.taskId() != null ? "tasks/" + row.taskId() : "cases/" + row.caseId();
    }

    private void assign(WorklistRow row) {
        try {
            worklist.assignToMe(row.kind(), row.itemId());
            grid.getDataProvider().refreshAll();
        } catch (ConflictException taken) {
            Notification.show(taken.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            grid.getDataProvider().refreshAll();
        }
    }
}
