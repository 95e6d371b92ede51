package org.ablationpath.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.procedure.ProcedureForms;
import org.ablationpath.referral.ReferralDetails;
import org.ablationpath.referral.ReferralService;
import org.ablationpath.safety.CtcaeTerms;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the load data are made, fast and in the modules' own shapes:
 * <ol>
 * <li>one template liver case is walked through the application (referral, board, checklist, procedure record,
 * discharge, day-7 call, response imaging, surveillance visit) with the clock moved, and at every wait state all its
 * rows and its processes' position and variables are frozen ({@link CaseSnapshot}); the demo's kidney case decided
 * for surgery is frozen too (STG-13 tracking);</li>
 * <li>each generated case is a clone of one snapshot ({@link CaseCloner}: new ids, its own center and pseudonym,
 * dates moved so that it entered its state a few days ago), bulk-loaded with PostgreSQL COPY; ended cases get an
 * end of follow-up (and a death record when they died) and their planned visits cancelled, a tenth of the treated
 * cases an adverse event;</li>
 * <li>each active case gets real process instances at its wait state: the main process started before the
 * snapshot's activity (execution listeners skipped: they only set the stage, which the rows already carry), and
 * when a called process runs, it is moved to the snapshot's activity; in batches of 50 per transaction on several
 * threads;</li>
 * <li>timers already due (e.g. the referral-to-treatment target of cases treated long ago) are fired, so the
 * application starts on a settled database.</li>
 * </ol>
 */
final class LoadData {

    private static final String MAIN = "ablation-pathway";
    private static final int CHUNK = 1_000;
    private static final int PROCESS_BATCH = 50;

    private final ConfigurableApplicationContext app;
    private final int threads;
    private final DataSource dataSource;
    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final TransactionTemplate tx;
    private final Random random = new Random(20261122L);

    LoadData(ConfigurableApplicationContext app, int threads) {
        this.app = app;
        this.threads = threads;
        this.dataSource = app.getBean(DataSource.class);
        this.engine = app.getBean(ProcessEngine.class);
        this.runtime = engine.getRuntimeService();
        this.tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    }

    /** One state of the pathway the active cases are spread over: its snapshot, weight, and how long cases have waited in it. */
    private record State(CaseSnapshot snapshot, int weight, int maxWaitDays) {
    }

    private record Placed(CaseSnapshot snapshot, CaseCloner cloner, UUID caseId) {
    }

    record Result(int patients, int active, int centers, long rows, Map<String, Integer> byState, double templateSeconds,
                  double rowsSeconds, double processSeconds, double jobsSeconds, int jobsFired, int jobsFailed, long openTasks,
                  long processInstances) {

        void print(PrintStream out) {
            out.printf("Load data: %,d patients (%,d active pathways) over %d centers, %,d rows%n", patients, active, centers, rows);
            out.printf("  template walk %.1f s; rows (COPY) %.1f s = %,.0f rows/s; process instances %.1f s = %,.0f cases/s;"
                            + " due timers %d fired (%d failed) in %.1f s%n", templateSeconds, rowsSeconds, rows / rowsSeconds,
                    processSeconds, active / Math.max(processSeconds, 1e-9), jobsFired, jobsFailed, jobsSeconds);
            out.printf("  running process instances %,d, open tasks %,d%n", processInstances, openTasks);
            out.println("  active cases by state: " + byState);
        }
    }

    Result generate(int patients, int active, int centerCount, LocalDate today) {
        long t0 = System.nanoTime();
        List<String> caseTables = CaseSnapshot.caseTables(dataSource);
        List<CaseSnapshot> walk = templateWalk(today, caseTables);
        CaseSnapshot otherTreatment = demoOtherTreatment(today, caseTables);
        long t1 = System.nanoTime();

        Map<String, CaseSnapshot> s = new LinkedHashMap<>();
        walk.forEach(snapshot -> s.put(snapshot.name(), snapshot));
        List<State> states = new ArrayList<>(List.of(
                new State(s.get("board").at("workup", "WORKUP", "Activity_CompleteWorkup"), 8, 2),
                new State(s.get("board"), 14, 14),
                new State(s.get("checklist"), 10, 10),
                new State(s.get("record"), 6, 7),
                new State(s.get("discharge"), 5, 1),
                new State(s.get("day7-wait"), 4, 5),
                new State(s.get("day7"), 4, 2),
                new State(s.get("response-wait"), 6, 12),
                new State(s.get("response"), 6, 20),
                new State(s.get("visit-wait"), 11, 60),
                new State(s.get("visit"), 10, 20),
                new State(s.get("next-visit-wait"), 10, 60)));
        if (otherTreatment != null) {
            states.add(new State(otherTreatment, 6, 25));
        }
        List<String> centers = centers(centerCount);
        List<Placed> placed = new ArrayList<>();
        Map<String, Integer> byState = new LinkedHashMap<>();
        long rows = 0;
        int totalWeight = states.stream().mapToInt(State::weight).sum();
        CtcaeTerms terms = app.getBean(CtcaeTerms.class);
        for (int from = 0; from < patients; from += CHUNK) {
            Map<String, List<Map<String, Object>>> chunk = new LinkedHashMap<>();
            for (int i = from; i < Math.min(patients, from + CHUNK); i++) {
                String center = centers.get(i % centers.size());
                String pseudonym = "LOAD-%07d".formatted(i + 1);
                if (i < active) {
                    State state = pick(states, totalWeight);
                    long shift = Duration.between(state.snapshot().takenOn().atStartOfDay(), today.atStartOfDay()).toDays()
                            - random.nextInt(state.maxWaitDays() + 1);
                    CaseCloner cloner = new CaseCloner(state.snapshot(), shift, center, pseudonym);
                    clone(state.snapshot(), cloner, chunk);
                    byState.merge(state.snapshot().name(), 1, Integer::sum);
                    placed.add(new Placed(state.snapshot(), cloner, cloner.caseId(state.snapshot())));
                    if (treated(state.snapshot()) && random.nextInt(10) == 0) {
                        adverseEvent(state.snapshot(), cloner, chunk, terms.version(), today);
                    }
                } else {
                    boolean ablated = otherTreatment == null || random.nextInt(4) != 0;
                    CaseSnapshot snapshot = ablated ? s.get("next-visit-wait") : otherTreatment;
                    long shift = Duration.between(snapshot.takenOn().atStartOfDay(), today.atStartOfDay()).toDays()
                            - 30 - random.nextInt(1800);
                    CaseCloner cloner = new CaseCloner(snapshot, shift, center, pseudonym);
                    clone(snapshot, cloner, chunk);
                    end(snapshot, cloner, chunk, ablated, today);
                    if (ablated && random.nextInt(10) == 0) {
                        adverseEvent(snapshot, cloner, chunk, terms.version(), today);
                    }
                }
            }
            rows += copy(chunk);
        }
        long t2 = System.nanoTime();
        placeProcesses(placed);
        restoreStages(placed);
        long t3 = System.nanoTime();
        int[] jobs = fireDueTimers();
        long t4 = System.nanoTime();
        return new Result(patients, active, centers.size(), rows, byState, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                (t4 - t3) / 1e9, jobs[0], jobs[1], engine.getTaskService().createTaskQuery().count(),
                runtime.createProcessInstanceQuery().count());
    }

    private State pick(List<State> states, int totalWeight) {
        int r = random.nextInt(totalWeight);
        for (State state : states) {
            r -= state.weight();
            if (r < 0) {
                return state;
            }
        }
        throw new IllegalStateException();
    }

    private static boolean treated(CaseSnapshot snapshot) {
        return !snapshot.tables().getOrDefault("procedure_session", List.of()).isEmpty();
    }

    // ---- the template -----------------------------------------------------------------------------------------

    private List<CaseSnapshot> templateWalk(LocalDate d0, List<String> caseTables) {
        ReferralService referrals = app.getBean(ReferralService.class);
        CaseTasks tasks = app.getBean(CaseTasks.class);
        MovableClock clock = app.getBean(MovableClock.class);
        ObjectMapper json = app.getBean(ObjectMapper.class);
        PathwayWalk walk = new PathwayWalk(engine, 1, Runnable::run);
        List<CaseSnapshot> snapshots = new ArrayList<>();
        try {
            travel(clock, d0);
            UUID caseId = as("physician", "REFERRING_PHYSICIAN", () -> referrals.submit(
                    json.convertValue(TestCases.hccCase(TestCases.uniquePseudonym("TEMPLATE")), CaseDocument.class),
                    new ReferralDetails("INTERNAL", "ROUTINE", "Single HCC, ablation candidate?")));
            List<String> keys = List.of(caseId.toString());
            snapshots.add(snap("board", d0, caseId, caseTables));
            complete(walk, tasks, keys, "Activity_ReviewAtTumorBoard", "chair", "TUMOR_BOARD", json(json,
                    "{\"decisionCode\":\"ABLATION\",\"intent\":\"CURATIVE\",\"rationale\":\"Single HCC, Child-Pugh A.\"}"));
            snapshots.add(snap("checklist", d0, caseId, caseTables));
            LocalDate session = d0.plusDays(14);
            complete(walk, tasks, keys, "Activity_PreProcedureChecklist", "nurse", "NURSE", ProcedureForms.checklist(session, d0));
            snapshots.add(snap("record", d0, caseId, caseTables));
            travel(clock, session);
            complete(walk, tasks, keys, "Activity_RecordProcedure", "radiologist", "INTERVENTIONAL_RADIOLOGIST",
                    ProcedureForms.procedureRecord(session, "T1"));
            snapshots.add(snap("discharge", session, caseId, caseTables));
            travel(clock, session.plusDays(1));
            complete(walk, tasks, keys, "Activity_ObserveAndDischarge", "nurse", "NURSE", ProcedureForms.discharge(session.plusDays(1)));
            snapshots.add(snap("day7-wait", session.plusDays(1), caseId, caseTables));
            fire(walk, clock, keys, session.plusDays(7));
            snapshots.add(snap("day7", session.plusDays(7), caseId, caseTables));
            complete(walk, tasks, keys, "Activity_Day7Call", "nurse", "NURSE", json(json, """
                    {"callDate":"%s","reached":true,"fever":false,"pain":false,"jaundice":false,"woundProblem":false,
                     "urinaryProblem":false,"breathlessness":false,"newMedication":false,"unplannedVisit":false}"""
                    .formatted(session.plusDays(7))));
            snapshots.add(snap("response-wait", session.plusDays(7), caseId, caseTables));
            fire(walk, clock, keys, session.plusDays(21));
            snapshots.add(snap("response", session.plusDays(21), caseId, caseTables));
            complete(walk, tasks, keys, "Activity_AssessResponse", "radiologist", "INTERVENTIONAL_RADIOLOGIST", json(json, """
                    {"studyDate":"%s","modality":"MRI","contrast":true,"newIntraOrganTumour":false,"extraOrganDisease":false,
                     "assessments":[{"tumorId":"T1","response":"COMPLETE","liradsTr":"NONVIABLE"}]}""".formatted(session.plusDays(21))));
            snapshots.add(snap("visit-wait", session.plusDays(21), caseId, caseTables));
            LocalDate m3 = session.plusMonths(3);
            fire(walk, clock, keys, m3);
            snapshots.add(snap("visit", m3, caseId, caseTables));
            complete(walk, tasks, keys, "Activity_FollowUpVisit", "nurse", "NURSE", json(json, """
                    {"visitDate":"%s","contactType":"CLINIC","finding":"NO_EVIDENCE_OF_DISEASE"}""".formatted(m3)));
            snapshots.add(snap("next-visit-wait", m3, caseId, caseTables));
        } finally {
            clock.reset();
            ClockUtil.reset();
            walk.close();
        }
        return snapshots;
    }

    private CaseSnapshot snap(String name, LocalDate day, UUID caseId, List<String> caseTables) {
        return CaseSnapshot.take(name, day, caseId, dataSource, caseTables, runtime);
    }

    /** The demo's kidney case, decided for surgery: STG-13 tracking of another treatment (absent outside the demo profile). */
    private CaseSnapshot demoOtherTreatment(LocalDate today, List<String> caseTables) {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("""
                     select c.id from app.clinical_case c join app.patient p on p.id = c.patient_id
                      where c.stage = 'OTHER_TREATMENT_TRACKING' and c.voided_at is null order by c.created_at limit 1""")) {
            if (!rs.next()) {
                return null;
            }
            CaseSnapshot found = snap("other-treatment", today, rs.getObject(1, UUID.class), caseTables);
            return found.mainActivity() == null ? null : found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void complete(PathwayWalk walk, CaseTasks tasks, List<String> keys, String activity, String user, String role,
                                 JsonNode form) {
        int done = walk.completeAll(activity, keys, task -> as(user, role, () -> {
            tasks.completeFromJson(task.getId(), form);
            return null;
        }));
        if (done != keys.size()) {
            throw new IllegalStateException("Template case: " + activity + " was not open");
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

    private static <T> T as(String user, String role, java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role), new SimpleGrantedAuthority("ROLE_BOARD_CHAIR"),
                        new SimpleGrantedAuthority(CurrentUser.CENTER_AUTHORITY_PREFIX + "C01"))));
        try {
            return work.get();
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

    // ---- rows ---------------------------------------------------------------------------------------------------

    private List<String> centers(int count) {
        List<String> centers = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(
                     "insert into app.center (id, name, country, rule_profile) values (?, ?, ?, ?) on conflict (id) do nothing")) {
            for (int i = 1; i <= count; i++) {
                String id = "C%02d".formatted(i);
                insert.setString(1, id);
                insert.setString(2, "Load test hospital " + i);
                insert.setString(3, i % 3 == 0 ? "TW" : "NL");
                insert.setString(4, "INTL");
                insert.addBatch();
                centers.add(id);
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return centers;
    }

    private static void clone(CaseSnapshot snapshot, CaseCloner cloner, Map<String, List<Map<String, Object>>> chunk) {
        cloner.assignIds(snapshot);
        snapshot.tables().forEach((table, rows) -> {
            if (!rows.isEmpty()) {
                chunk.computeIfAbsent(table, t -> new ArrayList<>()).addAll(cloner.rows(rows));
            }
        });
    }

    private static final String[] ABLATED_ENDS = {"SCHEDULE_COMPLETED", "DEATH", "LOST_TO_FOLLOW_UP", "TRANSFERRED", "WITHDRAWAL"};
    private static final String[] OTHER_ENDS = {"NON_ABLATION_PATHWAY", "DEATH", "TRANSFERRED", "PALLIATIVE_ONLY"};

    /** An ended case: its end of follow-up (and death), its stage, and no visit left planned (FUP-05). */
    private void end(CaseSnapshot snapshot, CaseCloner cloner, Map<String, List<Map<String, Object>>> chunk, boolean ablated,
                     LocalDate today) {
        String reason = ablated ? ABLATED_ENDS[random.nextInt(ABLATED_ENDS.length)] : OTHER_ENDS[random.nextInt(OTHER_ENDS.length)];
        UUID caseId = cloner.caseId(snapshot);
        LocalDate endDate = cloner.date(snapshot.takenOn()).plusDays(random.nextInt(20));
        if (endDate.isAfter(today)) {
            endDate = today;
        }
        OffsetDateTime at = endDate.atTime(11, 0).atOffset(ZoneOffset.UTC);
        String center = null;
        for (Map<String, Object> kase : last(chunk.get("clinical_case"), 1)) {
            kase.put("stage", "END_OF_FOLLOW_UP");
            center = (String) kase.get("center_id");
        }
        for (Map<String, Object> visit : last(chunk.getOrDefault("follow_up_visit", List.of()),
                snapshot.tables().getOrDefault("follow_up_visit", List.of()).size())) {
            if ("PLANNED".equals(visit.get("status"))) {
                visit.put("status", "CANCELLED");
                visit.put("status_reason", "FUP-05: follow-up ended (" + reason + ")");
            }
        }
        int recorded = snapshot.tables().getOrDefault("end_of_follow_up", List.of()).size();
        if (recorded > 0) {
            // the board's non-ablative decision ended the ablation follow-up already (END-06): this is how it ended
            for (Map<String, Object> existing : last(chunk.get("end_of_follow_up"), recorded)) {
                existing.put("reason", reason);
            }
        } else {
            chunk.computeIfAbsent("end_of_follow_up", t -> new ArrayList<>()).add(endRow(caseId, center, reason, endDate, at));
        }
        if (reason.equals("DEATH")) {
            Map<String, Object> death = new LinkedHashMap<>();
            death.put("id", UUID.randomUUID());
            death.put("case_id", caseId);
            death.put("center_id", center);
            death.put("task_id", null);
            death.put("status", "DEAD");
            death.put("last_contact_date", endDate);
            death.put("death_date", endDate);
            death.put("cause_of_death", random.nextBoolean() ? "TUMOUR_PROGRESSION" : "OTHER");
            death.put("created_at", at);
            death.put("created_by", "loadgen");
            death.put("version", "0");
            chunk.computeIfAbsent("vital_status", t -> new ArrayList<>()).add(death);
        }
    }

    private static Map<String, Object> endRow(UUID caseId, String center, String reason, LocalDate endDate, OffsetDateTime at) {
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("id", UUID.randomUUID());
        end.put("case_id", caseId);
        end.put("center_id", center);
        end.put("reason", reason);
        end.put("end_date", endDate);
        end.put("details", "Synthetic load data");
        end.put("created_at", at);
        end.put("created_by", "loadgen");
        end.put("version", "0");
        return end;
    }

    /** A reviewed grade 1-2 fever two days after the session (CTCAE term as listed in ctcae-terms.csv). */
    private void adverseEvent(CaseSnapshot snapshot, CaseCloner cloner, Map<String, List<Map<String, Object>>> chunk,
                              String ctcaeVersion, LocalDate today) {
        Map<String, Object> session = snapshot.tables().get("procedure_session").get(0);
        LocalDate onset = cloner.date((LocalDate) session.get("procedure_date")).plusDays(2);
        if (onset.isAfter(today)) {
            return;
        }
        OffsetDateTime at = onset.atTime(14, 0).atOffset(ZoneOffset.UTC);
        String grade = random.nextBoolean() ? "1" : "2";
        Map<String, Object> ae = new LinkedHashMap<>();
        ae.put("id", UUID.randomUUID());
        ae.put("case_id", cloner.caseId(snapshot));
        ae.put("center_id", last(chunk.get("clinical_case"), 1).get(0).get("center_id"));
        ae.put("procedure_session_id", cloner.id((UUID) session.get("id")));
        ae.put("onset_date", onset);
        ae.put("ctcae_version", ctcaeVersion);
        ae.put("ctcae_term_code", "10016558");
        ae.put("ctcae_term", "Fever");
        ae.put("grade_at_onset", grade);
        ae.put("description", "Post-ablation fever (synthetic load data)");
        ae.put("reported_by", "nurse");
        ae.put("reported_at", at);
        ae.put("worst_grade", grade);
        ae.put("attribution", "PROBABLE");
        ae.put("expected_side_effect", "t");
        ae.put("outcome", "RESOLVED");
        ae.put("review_note", null);
        ae.put("reviewed_by", "radiologist");
        ae.put("reviewed_at", at.plusDays(1));
        ae.put("created_at", at);
        ae.put("created_by", "nurse");
        ae.put("updated_at", at.plusDays(1));
        ae.put("updated_by", "radiologist");
        ae.put("version", "1");
        chunk.computeIfAbsent("adverse_event", t -> new ArrayList<>()).add(ae);
    }

    private static <T> List<T> last(List<T> list, int n) {
        return list.subList(list.size() - n, list.size());
    }

    /** COPY of one chunk, parents first (the snapshot's table order puts patient and case first). */
    private long copy(Map<String, List<Map<String, Object>>> chunk) {
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            var copyApi = c.unwrap(PGConnection.class).getCopyAPI();
            for (var entry : order(chunk).entrySet()) {
                List<Map<String, Object>> list = entry.getValue();
                List<String> columns = new ArrayList<>(list.get(0).keySet());
                StringBuilder data = new StringBuilder(list.size() * 256);
                for (Map<String, Object> row : list) {
                    for (int i = 0; i < columns.size(); i++) {
                        if (i > 0) {
                            data.append('\t');
                        }
                        appendCopyValue(data, row.get(columns.get(i)));
                    }
                    data.append('\n');
                }
                rows += copyApi.copyIn("copy app." + entry.getKey() + " (" + String.join(", ", columns) + ") from stdin",
                        new StringReader(data.toString()));
            }
        } catch (Exception e) {
            throw new IllegalStateException("COPY failed", e);
        }
        return rows;
    }

    private static final List<String> PARENTS_FIRST = List.of("patient", "clinical_case", "rule_evaluation", "board_decision",
            "pre_procedure_checklist", "procedure_session", "imaging_study", "follow_up_visit");

    private static Map<String, List<Map<String, Object>>> order(Map<String, List<Map<String, Object>>> chunk) {
        Map<String, List<Map<String, Object>>> ordered = new LinkedHashMap<>();
        PARENTS_FIRST.forEach(t -> {
            if (chunk.containsKey(t)) {
                ordered.put(t, chunk.get(t));
            }
        });
        chunk.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static void appendCopyValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    // ---- processes ----------------------------------------------------------------------------------------------

    private void placeProcesses(List<Placed> placed) {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int from = 0; from < placed.size(); from += PROCESS_BATCH) {
            List<Placed> batch = placed.subList(from, Math.min(placed.size(), from + PROCESS_BATCH));
            futures.add(workers.submit(() -> as("loadgen", "ADMIN", () -> tx.execute(status -> {
                batch.forEach(this::place);
                return null;
            }))));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Placing the process instances failed", e);
        } finally {
            workers.shutdown();
        }
    }

    private void place(Placed p) {
        CaseSnapshot s = p.snapshot();
        ProcessInstance main = runtime.createProcessInstanceByKey(MAIN).businessKey(p.caseId().toString())
                .setVariables(p.cloner().variables(s.mainVariables()))
                .startBeforeActivity(s.mainActivity())
                .execute(true, false);
        if (s.subActivity() == null) {
            return;
        }
        ProcessInstance sub = runtime.createProcessInstanceQuery().superProcessInstanceId(main.getId()).singleResult();
        runtime.setVariables(sub.getId(), p.cloner().variables(s.subVariables()));
        List<ActivityInstance> leaves = new ArrayList<>();
        leafInstances(runtime.getActivityInstance(sub.getId()), leaves);
        if (leaves.size() == 1 && leaves.get(0).getActivityId().equals(s.subActivity())) {
            return;
        }
        ProcessInstanceModificationBuilder move = runtime.createProcessInstanceModification(sub.getId())
                .startBeforeActivity(s.subActivity());
        for (ActivityInstance leaf : leaves) {
            move = move.cancelActivityInstance(leaf.getId());
        }
        move.execute(true, false);
    }

    private static void leafInstances(ActivityInstance instance, List<ActivityInstance> leaves) {
        if (instance.getChildActivityInstances().length == 0) {
            leaves.add(instance);
            return;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            leafInstances(child, leaves);
        }
    }

    /** The stage each active case had in its snapshot (a called process's first step may have moved it on the way). */
    private void restoreStages(List<Placed> placed) {
        Map<String, List<UUID>> byStage = new LinkedHashMap<>();
        placed.forEach(p -> byStage.computeIfAbsent(p.snapshot().stage(), k -> new ArrayList<>()).add(p.caseId()));
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("update app.clinical_case set stage = ? where id = any(?) and stage <> ?")) {
            for (var entry : byStage.entrySet()) {
                update.setString(1, entry.getKey());
                update.setArray(2, c.createArrayOf("uuid", entry.getValue().toArray()));
                update.setString(3, entry.getKey());
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fires the timers already due (run by hand: the job executor is off while generating). */
    private int[] fireDueTimers() {
        ManagementService management = engine.getManagementService();
        AtomicInteger fired = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 20; round++) {
                List<Job> due = management.createJobQuery().executable().listPage(0, 2_000);
                if (due.isEmpty()) {
                    break;
                }
                List<Future<?>> futures = new ArrayList<>();
                for (Job job : due) {
                    futures.add(workers.submit(() -> as("loadgen", "ADMIN", () -> {
                        try {
                            management.executeJob(job.getId());
                            fired.incrementAndGet();
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                        return null;
                    })));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Firing the due timers failed", e);
        } finally {
            workers.shutdown();
        }
        return new int[] {fired.get(), failed.get()};
    }
}
