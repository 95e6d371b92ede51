package org.ablationpath.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.board.Board;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.NewBoard;
import org.ablationpath.followup.NurseWorklist;
import org.ablationpath.followup.WorklistCategory;
import org.ablationpath.followup.WorklistFilter;
import org.ablationpath.followup.WorklistRow;
import org.ablationpath.identity.Center;
import org.ablationpath.identity.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worklist query on rows of two centers of its own: categories, urgency order, filters, paging, center isolation,
 * and a plan that reads the V14 partial indexes rather than the whole visit table.
 */
@AblationPathTest
class NurseWorklistQueryTest {

    @Autowired
    NurseWorklist worklist;
    @Autowired
    JdbcNurseWorklist jdbcWorklist;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    UserDirectory users;
    @Autowired
    Clock clock;
    @Autowired
    BoardMeetings boardMeetings;

    private String center;
    private String otherCenter;
    private LocalDate today;

    @BeforeEach
    void twoCenters() {
        center = "W" + Long.toString(System.nanoTime(), 36).toUpperCase();
        otherCenter = center + "X";
        users.saveCenter(new Center(center, "Worklist test", "NL", "INTL"));
        users.saveCenter(new Center(otherCenter, "Worklist test 2", "NL", "INTL"));
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void openWorkIsListedByUrgencyWithItsCategory() {
        UUID missed = visit(center, "LIVER", "M3", "MISSED", today.minusDays(40), 14, null);
        UUID closedNotYetMarked = visit(center, "LIVER", "M6", "PLANNED", today.minusDays(31), 30, null);
        visitExplained(center, today.minusDays(60));
        UUID overdue = visit(center, "KIDNEY", "M3", "PLANNED", today.minusDays(3), 14, null);
        UUID dueThisWeek = visit(center, "LIVER", "M9", "PLANNED", today.plusDays(2), 14, null);
        UUID inWindow = visit(center, "LUNG", "M6", "PLANNED", today.plusDays(20), 30, null);
        visit(center, "LIVER", "M12", "PLANNED", today.plusDays(60), 45, null); // window not open yet
        visit(center, "LIVER", "M1", "DONE", today.minusDays(2), 14, null);
        phoneCallPoint(center, today.plusDays(1));
        UUID call = dayOfCall(center, "BONE", today.minusDays(6));
        visit(otherCenter, "LIVER", "M3", "PLANNED", today, 14, null);

        signIn("nurse", center);
        List<WorklistRow> rows = worklist.rows(WorklistFilter.ALL, 0, 50);

        assertThat(rows).extracting(WorklistRow::itemId)
                .containsExactly(missed, closedNotYetMarked, overdue, call, dueThisWeek, inWindow);
        assertThat(rows).extracting(WorklistRow::category).containsExactly(WorklistCategory.MISSED, WorklistCategory.MISSED,
                WorklistCategory.OVERDUE, WorklistCategory.DAY7_CALL, WorklistCategory.DUE_THIS_WEEK, WorklistCategory.IN_WINDOW);
        assertThat(rows.get(2).daysOverdue()).isEqualTo(3);
        assertThat(rows.get(3).kind()).isEqualTo(WorklistRow.Kind.DAY7_CALL);
        assertThat(rows.get(3).label()).isEqualTo("D7");
        assertThat(rows).allSatisfy(row -> assertThat(row.centerId()).isEqualTo(center));
        assertThat(worklist.count(WorklistFilter.ALL)).isEqualTo(6);
    }

    @Test
    void filtersPagingAndRetryDates() {
        UUID kidney = visit(center, "KIDNEY", "M3", "PLANNED", today.plusDays(1), 14, "nurse");
        UUID liverLater = visit(center, "LIVER", "M3", "PLANNED", today.plusDays(3), 14, null);
        UUID liverRetry = visit(center, "LIVER", "M6", "PLANNED", today.minusDays(2), 30, null);
        jdbc.update("update app.follow_up_visit set retry_date = ?, contact_attempts = 1 where id = ?", today.plusDays(1), liverRetry);

        signIn("nurse", center);

        assertThat(worklist.rows(new WorklistFilter(null, "LIVER", null), 0, 10)).extracting(WorklistRow::itemId)
                .containsExactly(liverRetry, liverLater);
        assertThat(worklist.rows(new WorklistFilter(null, null, "nurse"), 0, 10)).extracting(WorklistRow::itemId)
                .containsExactly(kidney);
        assertThat(worklist.rows(new WorklistFilter(WorklistCategory.DUE_THIS_WEEK, null, null), 0, 10))
                .extracting(WorklistRow::itemId).containsExactly(kidney, liverLater);
        assertThat(worklist.count(new WorklistFilter(WorklistCategory.OVERDUE, "LIVER", null))).isOne();
        assertThat(worklist.rows(WorklistFilter.ALL, 1, 1)).extracting(WorklistRow::itemId).containsExactly(kidney);
        WorklistRow retried = worklist.rows(WorklistFilter.ALL, 0, 1).get(0);
        assertThat(retried.retryDate()).isEqualTo(today.plusDays(1));
        assertThat(retried.contactAttempts()).isOne();
    }

    /** Issue 7: a case's board is its center's board for its organ, else the center's board for every organ. */
    @Test
    void theBoardFilterTakesTheBoardsCenterAndOrgan() {
        UUID liver = visit(center, "LIVER", "M3", "PLANNED", today, 14, null);
        UUID kidney = visit(center, "KIDNEY", "M3", "PLANNED", today.plusDays(1), 14, null);
        UUID lung = visit(center, "LUNG", "M3", "PLANNED", today.plusDays(2), 14, null);
        visit(otherCenter, "LIVER", "M3", "PLANNED", today, 14, null);
        MockedScreens.signIn("chair", center, "BOARD_CHAIR");
        Board liverBoard = boardMeetings.createBoard(new NewBoard(center, "Liver board", "LIVER", DayOfWeek.TUESDAY,
                LocalTime.of(16, 0), null));
        Board general = boardMeetings.createBoard(new NewBoard(center, "General board", null, DayOfWeek.THURSDAY,
                LocalTime.of(16, 0), null));
        MockedScreens.signIn("chair", otherCenter, "BOARD_CHAIR");
        Board elsewhere = boardMeetings.createBoard(new NewBoard(otherCenter, "Other liver board", "LIVER", DayOfWeek.TUESDAY,
                LocalTime.of(16, 0), null));

        signIn("nurse", center);

        assertThat(worklist.boards()).extracting(Board::id).contains(liverBoard.id(), general.id()).doesNotContain(elsewhere.id());
        assertThat(worklist.rows(new WorklistFilter(null, null, null, liverBoard.id()), 0, 10)).extracting(WorklistRow::itemId)
                .containsExactly(liver);
        assertThat(worklist.rows(new WorklistFilter(null, null, null, general.id()), 0, 10)).extracting(WorklistRow::itemId)
                .containsExactly(kidney, lung);
        assertThat(worklist.count(new WorklistFilter(null, "LUNG", null, general.id()))).isOne();
        assertThat(worklist.rows(new WorklistFilter(null, null, null, elsewhere.id()), 0, 10)).as("not her center's").isEmpty();
        assertThat(worklist.count(new WorklistFilter(null, null, null, elsewhere.id()))).isZero();
    }

    @Test
    void aNurseSeesOnlyHerCentersRows() {
        visit(center, "LIVER", "M3", "PLANNED", today, 14, null);
        UUID theirs = visit(otherCenter, "LIVER", "M3", "PLANNED", today, 14, null);

        signIn("nurse2", otherCenter);

        assertThat(worklist.rows(WorklistFilter.ALL, 0, 10)).extracting(WorklistRow::itemId).containsExactly(theirs);
        assertThat(worklist.count(WorklistFilter.ALL)).isOne();
    }

    @Test
    void assignToMeSetsTheNurse() {
        UUID visit = visit(center, "LIVER", "M3", "PLANNED", today, 14, null);
        UUID call = dayOfCall(center, "LIVER", today.minusDays(7));
        signIn("nurse", center);

        worklist.assignToMe(WorklistRow.Kind.VISIT, visit);
        worklist.assignToMe(WorklistRow.Kind.DAY7_CALL, call);

        assertThat(worklist.rows(new WorklistFilter(null, null, "nurse"), 0, 10)).extracting(WorklistRow::itemId)
                .containsExactlyInAnyOrder(visit, call);
    }

    /**
     * With sequential scans priced out, a plan that still scans the visit table would mean no index fits the query.
     * (On the few rows of a test database the planner would otherwise rightly prefer a sequential scan.)
     */
    @Test
    void theQueryReadsThePartialIndexesNotTheWholeTables() {
        assertThat(plan(WorklistFilter.ALL)).doesNotContain("Seq Scan").contains("follow_up_visit_worklist_open")
                .contains("follow_up_visit_worklist_missed").contains("day_seven_call_due_worklist");
        // a category filter prunes the branches that cannot hold it; what remains still reads its index
        assertThat(plan(new WorklistFilter(WorklistCategory.OVERDUE, "LIVER", "nurse"))).doesNotContain("Seq Scan")
                .contains("follow_up_visit_worklist_open").doesNotContain("follow_up_visit_worklist_missed");
    }

    private String plan(WorklistFilter filter) {
        return transactions.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", named.queryForList("explain " + JdbcNurseWorklist.pageSql(filter),
                    jdbcWorklist.params(Set.of(center), filter).addValue("limit", 50).addValue("offset", 0), String.class));
        });
    }

    private void signIn(String username, String centerId) {
        MockedScreens.signIn(username, centerId, "NURSE");
    }

    private UUID visit(String centerId, String organ, String label, String status, LocalDate target, int halfWidth,
                       String assignedTo) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into app.follow_up_visit (id, case_id, center_id, grid_id, organ, schedule_id, schedule_version, grid_label,
                    point_kind, anchor_date, target_date, window_start, window_end, status, actual_date, visit_type,
                    assigned_to, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, 'FUP-TEST', 'test', ?, 'VISIT', ?, ?, ?, ?, ?, ?, 'CLINIC', ?, ?, 'test', ?, 'test')""",
                id, UUID.randomUUID(), centerId, UUID.randomUUID(), organ, label, target.minusMonths(3), target,
                target.minusDays(halfWidth), target.plusDays(halfWidth), status, "DONE".equals(status) ? target : null,
                assignedTo, now(), now());
        return id;
    }

    private void visitExplained(String centerId, LocalDate target) {
        UUID id = visit(centerId, "LIVER", "M1", "MISSED", target, 14, null);
        jdbc.update("update app.follow_up_visit set miss_explained_at = ? where id = ?", now(), id);
    }

    private void phoneCallPoint(String centerId, LocalDate target) {
        UUID id = visit(centerId, "BONE", "D7", "PLANNED", target, 2, null);
        jdbc.update("update app.follow_up_visit set point_kind = 'PHONE_CALL' where id = ?", id);
    }

    private UUID dayOfCall(String centerId, String organ, LocalDate session) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into app.day_seven_call_due (id, case_id, center_id, organ, session_date, target_date, window_start,
                    window_end, status, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, 'test', ?, 'test')""",
                id, UUID.randomUUID(), centerId, organ, session, session.plusDays(7), session.plusDays(5), session.plusDays(9),
                now(), now());
        return id;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
