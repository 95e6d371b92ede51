package org.ablationpath.followup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.board.Board;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.followup.FollowUpSchedules;
import org.ablationpath.followup.NurseWorklist;
import org.ablationpath.followup.WorklistCategory;
import org.ablationpath.followup.WorklistFilter;
import org.ablationpath.followup.WorklistRow;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseSummary;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nurse worklist as one SQL query over the visit grid and the planned day-7 calls of the user's centers. Each
 * branch of the union reads a partial index of V14 (open work only), so the database sorts and pages a few rows per
 * center, not the registry; pseudonyms and open task ids are looked up for the rows of the page only.
 */
@Service
public class JdbcNurseWorklist implements NurseWorklist {

    static final String VIEW_ACTION = "VIEW_WORKLIST";
    /** The pathway's reason task of a deviation (a missed visit's among them); its subject is the deviation. */
    static final String DEVIATION_REASON_FORM_KEY = "deviation-reason";
    /** Days ahead, today included, that count as this week. */
    private static final int WEEK_DAYS = 7;

    static final String OPEN_WORK = """
            select v.id as item_id, 'VISIT' as kind, v.case_id, v.center_id, v.organ, v.grid_label as label,
                   v.schedule_id, v.target_date, v.window_start, v.window_end, v.retry_date, v.contact_attempts,
                   v.assigned_to, v.miss_deviation_id,
                   case when v.window_end < :today then 'MISSED'
                        when v.target_date < :today then 'OVERDUE'
                        when v.target_date <= :weekEnd then 'DUE_THIS_WEEK'
                        else 'IN_WINDOW' end as category
              from app.follow_up_visit v
             where v.center_id in (:centers) and v.status = 'PLANNED' and v.point_kind <> 'PHONE_CALL'
               and v.window_start <= :weekEnd and (v.window_start <= :today or v.target_date <= :weekEnd)
            union all
            select v.id, 'VISIT', v.case_id, v.center_id, v.organ, v.grid_label, v.schedule_id, v.target_date,
                   v.window_start, v.window_end, v.retry_date, v.contact_attempts, v.assigned_to, v.miss_deviation_id,
                   'MISSED'
              from app.follow_up_visit v
             where v.center_id in (:centers) and v.status = 'MISSED' and v.miss_explained_at is null
            union all
            select c.id, 'DAY7_CALL', c.case_id, c.center_id, c.organ, 'D7', null, c.target_date, c.window_start,
                   c.window_end, null, 0, c.assigned_to, null, 'DAY7_CALL'
              from app.day_seven_call_due c
             where c.center_id in (:centers) and c.status = 'PLANNED' and c.window_start <= :weekEnd
            """;

    private static final String URGENCY = """
            case when w.category = 'MISSED' then 0
                 when w.category = 'OVERDUE' or (w.category = 'DAY7_CALL' and w.target_date < :today) then 1
                 else 2 end""";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final CaseDirectory cases;
    private final CaseTasks tasks;
    private final AccessLog accessLog;
    private final FollowUpVisitRepository visits;
    private final DaySevenCallDueRepository callDues;
    private final FollowUpSchedules schedules;
    private final BoardMeetings boards;
    private final Clock clock;

    JdbcNurseWorklist(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, CaseDirectory cases, CaseTasks tasks,
                      AccessLog accessLog, FollowUpVisitRepository visits, DaySevenCallDueRepository callDues,
                      FollowUpSchedules schedules, BoardMeetings boards, Clock clock) {
        this.boards = boards;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.cases = cases;
        this.tasks = tasks;
        this.accessLog = accessLog;
        this.visits = visits;
        this.callDues = callDues;
        this.schedules = schedules;
        this.clock = clock;
    }

    /** A row as the query returns it, before the page's pseudonyms and tasks are added. */
    record OpenWork(UUID itemId, WorklistRow.Kind kind, UUID caseId, String centerId, String organ, String label,
                    String scheduleId, LocalDate targetDate, LocalDate windowStart, LocalDate windowEnd, LocalDate retryDate,
                    int contactAttempts, String assignedTo, UUID missDeviationId, WorklistCategory category) {
    }

    @Override
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + Roles.NURSE, "ROLE_" + Roles.DATA_MANAGER})
    public List<WorklistRow> rows(WorklistFilter filter, int offset, int limit) {
        Set<String> centers = currentUser.centerIds();
        if (centers.isEmpty() || limit <= 0) {
            return List.of();
        }
        Optional<BoardScope> board = boardScope(filter);
        if (filter.board() != null && board.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = params(centers, filter, board).addValue("offset", Math.max(0, offset)).addValue("limit", limit);
        List<OpenWork> page = jdbc.query(pageSql(filter, board), params, JdbcNurseWorklist::openWork);
        return complete(page);
    }

    @Override
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + Roles.NURSE, "ROLE_" + Roles.DATA_MANAGER})
    public long count(WorklistFilter filter) {
        Set<String> centers = currentUser.centerIds();
        if (centers.isEmpty()) {
            return 0;
        }
        Optional<BoardScope> board = boardScope(filter);
        if (filter.board() != null && board.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject("select count(*) from (" + OPEN_WORK + ") w" + where(filter, board),
                params(centers, filter, board), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<Board> boards() {
        return boards.boards();
    }

    /**
     * The rows of a board: its center, and its organ; a board for every organ takes the organs that have no board
     * of their own at its center. Empty when the board is not one of the user's centers.
     */
    private Optional<BoardScope> boardScope(WorklistFilter filter) {
        if (filter.board() == null) {
            return Optional.empty();
        }
        List<Board> visible = boards.boards();
        return visible.stream().filter(b -> b.id().equals(filter.board())).findFirst().map(board -> new BoardScope(
                board.centerId(), board.organ(), visible.stream()
                        .filter(other -> other.centerId().equals(board.centerId()) && other.organ() != null)
                        .map(Board::organ).distinct().toList()));
    }

    /** A board as worklist conditions: its center, its organ (null: every organ but {@code ownBoardOrgans}). */
    record BoardScope(String centerId, String organ, List<String> ownBoardOrgans) {
    }

    @Override
    public List<String> organs() {
        return schedules.assignment() == null || schedules.assignment().organs() == null ? List.of()
                : schedules.assignment().organs().keySet().stream().sorted().toList();
    }

    @Override
    @Transactional
    @Secured("ROLE_" + Roles.NURSE)
    public void assignToMe(WorklistRow.Kind kind, UUID itemId) {
        String me = currentUser.username();
        if (kind == WorklistRow.Kind.DAY7_CALL) {
            DaySevenCallDueEntity call = callDues.findById(itemId).filter(c -> currentUser.canSeeCenter(c.centerId()))
                    .orElseThrow(() -> new NotFoundException("No such call"));
            openTask(call.caseId(), task -> DaySevenCallHandler.FORM_KEY.equals(task.formKey())).ifPresent(tasks::claim);
            call.assignTo(me);
            return;
        }
        FollowUpVisitEntity visit = visits.findById(itemId).filter(v -> currentUser.canSeeCenter(v.centerId()))
                .orElseThrow(() -> new NotFoundException("No such visit"));
        openTask(visit.caseId(), task -> matches(task, visit.id().toString(), visit.missDeviationId())).ifPresent(tasks::claim);
        visit.assignTo(me);
    }

    private Optional<String> openTask(UUID caseId, java.util.function.Predicate<TaskItem> fits) {
        return tasks.openTasksOfCase(caseId).stream().filter(fits).map(TaskItem::id).findFirst();
    }

    /** The visit's own task, or the reason task of its miss. */
    private static boolean matches(TaskItem task, String visitId, UUID missDeviationId) {
        if (FollowUpVisitHandler.FORM_KEY.equals(task.formKey())) {
            return visitId.equals(task.subjectId());
        }
        return missDeviationId != null && DEVIATION_REASON_FORM_KEY.equals(task.formKey())
                && missDeviationId.toString().equals(task.subjectId());
    }

    private List<WorklistRow> complete(List<OpenWork> page) {
        Set<UUID> caseIds = new LinkedHashSet<>();
        page.forEach(row -> caseIds.add(row.caseId()));
        Map<UUID, CaseSummary> summaries = caseIds.isEmpty() ? Map.of() : cases.summaries(caseIds);
        Map<UUID, List<TaskItem>> openTasks = tasks.openTasksOfCases(caseIds);
        summaries.values().forEach(kase -> accessLog.patientRecordRead(kase.patientId(), kase.id(), kase.centerId(), VIEW_ACTION));
        LocalDate today = LocalDate.now(clock);
        List<WorklistRow> rows = new ArrayList<>(page.size());
        for (OpenWork work : page) {
            CaseSummary kase = summaries.get(work.caseId());
            String taskId = openTasks.getOrDefault(work.caseId(), List.of()).stream()
                    .filter(task -> work.kind() == WorklistRow.Kind.DAY7_CALL
                            ? DaySevenCallHandler.FORM_KEY.equals(task.formKey())
                            : matches(task, work.itemId().toString(), work.missDeviationId()))
                    .map(TaskItem::id).findFirst().orElse(null);
            long late = ChronoUnit.DAYS.between(work.targetDate(), today);
            rows.add(new WorklistRow(work.itemId(), work.kind(), work.caseId(), work.centerId(),
                    kase == null ? null : kase.patientPseudonym(), work.organ(), work.label(), work.scheduleId(),
                    work.targetDate(), work.windowStart(), work.windowEnd(), work.category(), (int) Math.max(0, late),
                    work.retryDate(), work.contactAttempts(), work.assignedTo(), taskId));
        }
        return rows;
    }

    /** The page query, sorted by urgency, then the date the row is due (retry date first), then id for a stable order. */
    static String pageSql(WorklistFilter filter) {
        return pageSql(filter, Optional.empty());
    }

    static String pageSql(WorklistFilter filter, Optional<BoardScope> board) {
        return "select w.* from (" + OPEN_WORK + ") w" + where(filter, board)
                + " order by " + URGENCY + ", coalesce(w.retry_date, w.target_date), w.item_id limit :limit offset :offset";
    }

    public MapSqlParameterSource params(Set<String> centers, WorklistFilter filter) {
        return params(centers, filter, Optional.empty());
    }

    MapSqlParameterSource params(Set<String> centers, WorklistFilter filter, Optional<BoardScope> board) {
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("centers", centers)
                .addValue("today", today)
                .addValue("weekEnd", today.plusDays(WEEK_DAYS - 1L));
        if (filter.category() != null) {
            params.addValue("category", filter.category().name());
        }
        if (filter.organ() != null) {
            params.addValue("organ", filter.organ());
        }
        if (filter.nurse() != null) {
            params.addValue("nurse", filter.nurse());
        }
        board.ifPresent(scope -> {
            params.addValue("boardCenter", scope.centerId());
            if (scope.organ() != null) {
                params.addValue("boardOrgan", scope.organ());
            } else if (!scope.ownBoardOrgans().isEmpty()) {
                params.addValue("ownBoardOrgans", scope.ownBoardOrgans());
            }
        });
        return params;
    }

    private static String where(WorklistFilter filter, Optional<BoardScope> board) {
        List<String> conditions = new ArrayList<>();
        if (filter.category() != null) {
            conditions.add("w.category = :category");
        }
        if (filter.organ() != null) {
            conditions.add("w.organ = :organ");
        }
        if (filter.nurse() != null) {
            conditions.add("w.assigned_to = :nurse");
        }
        board.ifPresent(scope -> {
            conditions.add("w.center_id = :boardCenter");
            if (scope.organ() != null) {
                conditions.add("w.organ = :boardOrgan");
            } else if (!scope.ownBoardOrgans().isEmpty()) {
                conditions.add("(w.organ is null or w.organ not in (:ownBoardOrgans))");
            }
        });
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static OpenWork openWork(ResultSet rs, int row) throws SQLException {
        String deviation = rs.getString("miss_deviation_id");
        java.sql.Date retry = rs.getDate("retry_date");
        return new OpenWork(UUID.fromString(rs.getString("item_id")), WorklistRow.Kind.valueOf(rs.getString("kind")),
                UUID.fromString(rs.getString("case_id")), rs.getString("center_id"), rs.getString("organ"),
                rs.getString("label"), rs.getString("schedule_id"), rs.getDate("target_date").toLocalDate(),
                rs.getDate("window_start").toLocalDate(), rs.getDate("window_end").toLocalDate(),
                retry == null ? null : retry.toLocalDate(), rs.getInt("contact_attempts"), rs.getString("assigned_to"),
                deviation == null ? null : UUID.fromString(deviation), WorklistCategory.valueOf(rs.getString("category")));
    }
}
