package org.ablationpath.pathway;

import static org.ablationpath.TestCases.boardTaskOf;
import static org.ablationpath.TestCases.lowPlateletsCase;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.ablationpath.board.BoardDecisionForm;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.board.Intent;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.workflow.CaseTasks;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Two board members submit the same review at the same moment: one decision is kept, the other is told. */
@AblationPathTest
class TaskConcurrencyTest {

    @Autowired
    CaseTasks tasks;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @RepeatedTest(5)
    void exactlyOneOfTwoConcurrentCompletionsWins() throws Exception {
        UUID caseId = TestCases.refer(rest, lowPlateletsCase(uniquePseudonym("RACE")));
        String taskId = boardTaskOf(rest, caseId);

        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (DecisionCode code : List.of(DecisionCode.SYSTEMIC, DecisionCode.TACE)) {
                outcomes.add(pool.submit(asBoardMember(() -> {
                    ready.countDown();
                    go.await();
                    tasks.complete(taskId, new BoardDecisionForm(code, Intent.PALLIATIVE, "Decided as " + code, null));
                    return "completed " + code;
                }, ready)));
            }
            ready.await();
            go.countDown();

            List<String> completed = new ArrayList<>();
            List<Throwable> failed = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                try {
                    completed.add(outcome.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failed.add(e.getCause());
                }
            }
            assertThat(completed).hasSize(1);
            assertThat(failed).singleElement().isInstanceOf(ConflictException.class);
        } finally {
            pool.shutdownNow();
        }

        List<String> decisions = jdbc.queryForList("select decision_code from app.board_decision where task_id = ?",
                String.class, taskId);
        assertThat(decisions).hasSize(1);
        assertThat(jdbc.queryForObject("select decision_code from app.clinical_case where id = ?", String.class, caseId))
                .isEqualTo(decisions.get(0));
    }

    @Test
    void overRestTheLoserGetsA409NeverA500() throws Exception {
        UUID caseId = TestCases.refer(rest, lowPlateletsCase(uniquePseudonym("RACE")));
        String taskId = boardTaskOf(rest, caseId);
        java.util.Map<String, String> decision = java.util.Map.of("decisionCode", "SYSTEMIC", "intent", "PALLIATIVE",
                "rationale", "Systemic therapy first.");

        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String user : List.of("board", "chair")) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return TestCases.post(rest.withBasicAuth(user, "demo"), "/api/tasks/" + taskId + "/complete", decision)
                            .getStatusCode().value();
                }));
            }
            ready.await();
            go.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        assertThat(jdbc.queryForObject("select count(*) from app.board_decision where task_id = ?", Integer.class, taskId))
                .isOne();
    }

    /** Runs the work as the demo board member of C01 in the calling (pool) thread. */
    private static <T> Callable<T> asBoardMember(Callable<T> work, CountDownLatch ready) {
        return () -> {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("board", null,
                    List.of(new SimpleGrantedAuthority("ROLE_TUMOR_BOARD"),
                            new SimpleGrantedAuthority(CurrentUser.CENTER_AUTHORITY_PREFIX + "C01"))));
            try {
                return work.call();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }
}
