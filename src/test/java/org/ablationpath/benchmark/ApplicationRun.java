package org.ablationpath.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.ablationpath.AblationPathApplication;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.ablationpath.TestClockConfiguration;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.outcomes.RegistryRecompute;
import org.ablationpath.procedure.ProcedureForms;
import org.ablationpath.referral.ReferralDetails;
import org.ablationpath.referral.ReferralService;
import org.ablationpath.platform.workflow.CaseTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The whole application (demo profile, a fresh embedded PostgreSQL, history FULL, job executor off so the walk
 * fires the timers; -Dbenchmark.data-dir=<a copy of a data directory> walks on a filled registry instead, e.g. the
 * load generator's 100,000 patients: the walk adds its cases to it): each case referred through the referral service and every task completed through the same
 * task service, form and validation as {@code POST /api/tasks/{id}/complete}, as a user of the task's role.
 */
final class ApplicationRun implements AutoCloseable {

    private final ConfigurableApplicationContext app;
    private final int threads;

    /** Starts the application (its embedded PostgreSQL with {@code pg_stat_statements} when the benchmark asks). */
    ApplicationRun(int threads) {
        this.threads = threads;
        this.app = new SpringApplicationBuilder(AblationPathApplication.class, TestClockConfiguration.class)
                .profiles("demo")
                // command-line arguments: they win over application.yml (a fresh database; the walk fires the timers)
                .run("--server.port=0", "--ablationpath.embedded-postgres.data-dir=" + System.getProperty("benchmark.data-dir", ""),
                        "--camunda.bpm.job-execution.enabled=false",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                        "--ablationpath.embedded-postgres.shared-preload-libraries=" + (PgStatements.ENABLED ? "pg_stat_statements" : ""));
    }

    /** Walks this many new cases through the pathway. */
    PathwayWalk walk(int cases) {
        return walk(app, cases, threads);
    }

    DataSource dataSource() {
        return app.getBean(DataSource.class);
    }

    @Override
    public void close() {
        app.close();
    }

    private static PathwayWalk walk(ConfigurableApplicationContext app, int cases, int threads) {
        ReferralService referrals = app.getBean(ReferralService.class);
        CaseTasks tasks = app.getBean(CaseTasks.class);
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        MovableClock clock = app.getBean(MovableClock.class);
        ObjectMapper json = app.getBean(ObjectMapper.class);
        LocalDate d0 = LocalDate.now();
        travel(clock, d0);
        PathwayWalk walk = new PathwayWalk(engine, threads, Runnable::run);
        List<String> keys = Collections.synchronizedList(new ArrayList<>());
        walk.run("referral", IntStream.range(0, cases).<Runnable>mapToObj(i -> () -> as("physician", "REFERRING_PHYSICIAN", () -> {
            ObjectNode document = TestCases.hccCase(TestCases.uniquePseudonym("BENCH"));
            UUID caseId = referrals.submit(json.convertValue(document, CaseDocument.class),
                    new ReferralDetails("INTERNAL", "ROUTINE", "Single HCC, ablation candidate?"));
            keys.add(caseId.toString());
        })).toList());
        LocalDate session = d0.plusDays(14);
        complete(walk, tasks, keys, "Activity_ReviewAtTumorBoard", "board", "TUMOR_BOARD", json(json,
                "{\"decisionCode\":\"ABLATION\",\"intent\":\"CURATIVE\",\"rationale\":\"Single HCC, Child-Pugh A.\"}"));
        complete(walk, tasks, keys, "Activity_PreProcedureChecklist", "nurse", "NURSE", ProcedureForms.checklist(session, d0));
        travel(clock, session);
        complete(walk, tasks, keys, "Activity_RecordProcedure", "radiologist", "INTERVENTIONAL_RADIOLOGIST",
                ProcedureForms.procedureRecord(session, "T1"));
        travel(clock, session.plusDays(1));
        complete(walk, tasks, keys, "Activity_ObserveAndDischarge", "nurse", "NURSE", ProcedureForms.discharge(session.plusDays(1)));
        fire(walk, clock, keys, session.plusDays(7));
        complete(walk, tasks, keys, "Activity_Day7Call", "nurse", "NURSE", json(json, """
                {"callDate":"%s","reached":true,"fever":false,"pain":false,"jaundice":false,"woundProblem":false,
                 "urinaryProblem":false,"breathlessness":false,"newMedication":false,"unplannedVisit":false}"""
                .formatted(session.plusDays(7))));
        fire(walk, clock, keys, session.plusDays(21));
        complete(walk, tasks, keys, "Activity_AssessResponse", "radiologist", "INTERVENTIONAL_RADIOLOGIST", json(json, """
                {"studyDate":"%s","modality":"MRI","contrast":true,"newIntraOrganTumour":false,"extraOrganDisease":false,
                 "assessments":[{"tumorId":"T1","response":"COMPLETE","liradsTr":"NONVIABLE"}]}""".formatted(session.plusDays(21))));
        LocalDate m3 = session.plusMonths(3);
        fire(walk, clock, keys, m3);
        complete(walk, tasks, keys, "Activity_FollowUpVisit", "nurse", "NURSE", json(json, """
                {"visitDate":"%s","contactType":"CLINIC","finding":"NO_EVIDENCE_OF_DISEASE"}""".formatted(m3)));
        // the registry's outcomes of these cases are part of the walk: the worker computes them in the background as
        // the walk goes, and what it has not computed yet counts here
        RegistryRecompute registry = app.getBean(RegistryRecompute.class);
        walk.finish("registry recompute (queued)", registry::recomputeQueued);
        clock.reset();
        ClockUtil.reset();
        walk.close();
        return walk;
    }

    private static void complete(PathwayWalk walk, CaseTasks tasks, List<String> keys, String activity, String user, String role,
                                 JsonNode form) {
        int done = walk.completeAll(activity, keys, task -> as(user, role, () -> tasks.completeFromJson(task.getId(), form)));
        if (done != keys.size()) {
            throw new IllegalStateException(activity + ": " + done + " of " + keys.size() + " cases had the task");
        }
    }

    private static void fire(PathwayWalk walk, MovableClock clock, List<String> keys, LocalDate day) {
        travel(clock, day);
        walk.advanceTo(day, keys);
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    private static void travel(MovableClock clock, LocalDate day) {
        Instant when = day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
        clock.reset();
        clock.advance(Duration.between(Instant.now(), when));
        ClockUtil.setCurrentTime(Date.from(when));
    }

    private static void as(String user, String role, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role), new SimpleGrantedAuthority(CurrentUser.CENTER_AUTHORITY_PREFIX + "C01"))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static JsonNode json(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
