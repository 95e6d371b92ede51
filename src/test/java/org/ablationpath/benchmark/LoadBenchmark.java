package org.ablationpath.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Load benchmark of the screens (issue 9): start-up time, heap per UI session, and the server time of my tasks, the
 * nurse worklist, the case page and meeting mode under N concurrent users. Not a test: it reports, it asserts
 * nothing. It launches the production jar on the database the {@link LoadDataGenerator} filled
 * ({@link ServerProcess}), plans a board meeting through the REST API, signs N users in through the login form
 * ({@link ScreenUser}: Vaadin's own HTTP protocol, no browser), lets each open its screens with a think time between
 * clicks, and reports the response times per screen after a warm-up.
 *
 * <p>Run (README, Load benchmark): build the jar with {@code mvn -B -Pproduction -DskipTests package}, then
 * {@code mvn -q -B -Pbenchmark test-compile exec:java -Dbenchmark.main=org.ablationpath.benchmark.LoadBenchmark}.
 * Options: {@code loadgen.data-dir} (target/loaddata), {@code benchmark.jar}, {@code benchmark.users} (200),
 * {@code benchmark.think-ms} (5000, mean; uniform 0 to twice that), {@code benchmark.warmup-seconds} (60),
 * {@code benchmark.seconds} (180), {@code benchmark.center} (C01: the demo users' center).
 */
public final class LoadBenchmark {

    private static final String PASSWORD = "demo";

    private LoadBenchmark() {
    }

    /** A kind of user: its account, its share of the users, and the screens it opens with their weights. */
    private record Persona(String username, double share, Map<String, Integer> screens) {
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("benchmark.users", 200);
        long thinkMs = Long.getLong("benchmark.think-ms", 5000);
        int warmup = Integer.getInteger("benchmark.warmup-seconds", 60);
        int seconds = Integer.getInteger("benchmark.seconds", 180);
        String center = System.getProperty("benchmark.center", "C01");

        try (ServerProcess server = ServerProcess.start()) {
            System.out.printf("Application ready in %.1f s after the JVM was launched (%s on %s), Spring Boot: %s%n",
                    server.readySeconds(), server.jar().getFileName(), server.runtime(), server.springStartLine());
            String base = server.baseUrl();
            List<String> cases;
            try (Connection db = server.database()) {
                System.out.printf("data: %,d patients, %,d running process instances%n",
                        count(db, "select count(*) from app.patient"),
                        count(db, "select count(*) from act_ru_execution where parent_id_ is null"));
                cases = strings(db, "select id::text from app.clinical_case where center_id = '" + center.replace("'", "")
                        + "' order by md5(id::text) limit 2000");
            }
            List<String> meetingItems = meetingRoutes(base, center);
            System.out.printf("targets: %d cases of %s, meeting mode over %d agenda cases%n", cases.size(), center, meetingItems.size());

            Map<String, List<String>> routes = Map.of(
                    "my tasks", List.of(""),
                    "worklist", List.of("worklist"),
                    "case page", cases.stream().map(id -> "cases/" + id).toList(),
                    "meeting mode", meetingItems);
            List<Persona> personas = List.of(
                    new Persona("nurse", 0.35, Map.of("worklist", 7, "case page", 3)),
                    new Persona("physician", 0.20, Map.of("my tasks", 6, "case page", 4)),
                    new Persona("radiologist", 0.15, Map.of("my tasks", 6, "case page", 4)),
                    new Persona("board", 0.30, meetingItems.isEmpty() ? Map.of("case page", 1) : Map.of("meeting mode", 8, "case page", 2)));

            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            long heapBefore = server.heapUsedAfterGc();

            List<ScreenUser> screenUsers = new ArrayList<>();
            List<Persona> userPersonas = new ArrayList<>();
            for (Persona persona : personas) {
                long count = Math.round(persona.share() * users);
                for (int i = 0; i < count && screenUsers.size() < users; i++) {
                    screenUsers.add(new ScreenUser(http, base, persona.username()));
                    userPersonas.add(persona);
                }
            }
            // sign-in is a password hash (Argon2) per user: a few at a time, as people arrive
            long signInStart = System.nanoTime();
            ExecutorService signIn = Executors.newFixedThreadPool(4);
            AtomicReference<Exception> firstFailure = new AtomicReference<>();
            for (int i = 0; i < screenUsers.size(); i++) {
                ScreenUser user = screenUsers.get(i);
                Persona persona = userPersonas.get(i);
                signIn.submit(() -> {
                    try {
                        String first = pick(persona, routes);
                        user.signIn(PASSWORD, first);
                        user.navigate(first);
                    } catch (Exception e) {
                        firstFailure.compareAndSet(null, e);
                    }
                });
            }
            signIn.shutdown();
            signIn.awaitTermination(30, TimeUnit.MINUTES);
            if (firstFailure.get() != null) {
                throw firstFailure.get();
            }
            System.out.printf("%d users signed in, each with one UI on its first screen, in %.1f s%n", screenUsers.size(),
                    (System.nanoTime() - signInStart) / 1e9);
            long heapAfter = server.heapUsedAfterGc();
            System.out.printf("heap after GC: %.1f MB before, %.1f MB with %d sessions = %.2f MB per session%n", heapBefore / 1e6,
                    heapAfter / 1e6, screenUsers.size(), (heapAfter - heapBefore) / 1e6 / screenUsers.size());

            Map<String, List<Double>> millis = new ConcurrentHashMap<>();
            AtomicInteger errors = new AtomicInteger();
            AtomicReference<String> firstError = new AtomicReference<>();
            long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
            long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
            CountDownLatch done = new CountDownLatch(screenUsers.size());
            for (int i = 0; i < screenUsers.size(); i++) {
                ScreenUser user = screenUsers.get(i);
                Persona persona = userPersonas.get(i);
                Thread thread = new Thread(() -> {
                    try {
                        while (System.nanoTime() < end) {
                            Thread.sleep(ThreadLocalRandom.current().nextLong(2 * thinkMs + 1));
                            String screen = pickScreen(persona);
                            List<String> candidates = routes.get(screen);
                            String route = candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
                            long start = System.nanoTime();
                            try {
                                user.navigate(route);
                            } catch (Exception e) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, user.username() + " " + route + ": " + e.getMessage());
                                continue;
                            }
                            long stop = System.nanoTime();
                            if (start >= measureFrom && stop <= end) {
                                millis.computeIfAbsent(screen, s -> Collections.synchronizedList(new ArrayList<>()))
                                        .add((stop - start) / 1e6);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                }, "user-" + i);
                thread.setDaemon(true);
                thread.start();
            }
            // CPU over the measured window: the server's (JVM and PostgreSQL) per screen, and this load generator's,
            // which shares the machine's cores with the server
            sleepUntil(measureFrom);
            double[] from = {server.jvmCpuSeconds(), server.databaseCpuSeconds(), ProcessCpu.of(ProcessHandle.current().pid())};
            sleepUntil(end);
            double[] to = {server.jvmCpuSeconds(), server.databaseCpuSeconds(), ProcessCpu.of(ProcessHandle.current().pid())};
            done.await();

            System.out.printf("%d users, think time %d ms mean, %d s warm-up, %d s measured%n", screenUsers.size(), thinkMs,
                    warmup, seconds);
            System.out.println("| screen | requests | p50 ms | p95 ms | p99 ms | max ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            int total = 0;
            for (String screen : List.of("my tasks", "worklist", "case page", "meeting mode")) {
                List<Double> sorted = new ArrayList<>(millis.getOrDefault(screen, List.of()));
                sorted.sort(Double::compare);
                total += sorted.size();
                System.out.printf("| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", screen, sorted.size(), percentile(sorted, 50),
                        percentile(sorted, 95), percentile(sorted, 99), sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1));
            }
            System.out.printf("throughput %.1f screens/s; errors %d%s%n", total / (double) seconds, errors.get(),
                    firstError.get() == null ? "" : " (first: " + firstError.get() + ")");
            System.out.printf("CPU while measured: server JVM %.2f + PostgreSQL %.2f cores (%.1f ms per screen), load generator %.2f cores%n",
                    (to[0] - from[0]) / seconds, (to[1] - from[1]) / seconds,
                    total == 0 ? Double.NaN : (to[0] - from[0] + to[1] - from[1]) * 1000 / total, (to[2] - from[2]) / seconds);
        }
        System.exit(0);
    }

    /** Plans a meeting of a new board of the center and fills its agenda through the REST API, as the chair would. */
    static List<String> meetingRoutes(String base, String center) throws Exception {
        RestClient chair = new RestClient(base, "chair", PASSWORD);
        JsonNode board = chair.post("/api/boards", "{\"centerId\":\"" + center + "\",\"name\":\"Load " + UUID.randomUUID()
                + "\",\"meetingDay\":\"MONDAY\",\"meetingTime\":\"16:00\"}");
        JsonNode meetings = chair.post("/api/boards/" + board.get("id").asText() + "/meetings",
                "{\"firstDate\":\"" + LocalDate.now().plusDays(1) + "\",\"count\":1}");
        String meeting = meetings.get(0).get("id").asText();
        chair.post("/api/meetings/" + meeting + "/agenda/fill", "");
        List<String> routes = agendaRoutes(chair, meeting);
        if (routes.isEmpty()) {
            // an earlier run's meeting holds the open board reviews: present that one
            for (JsonNode other : chair.get("/api/boards")) {
                for (JsonNode planned : chair.get("/api/boards/" + other.get("id").asText() + "/meetings")) {
                    List<String> candidate = agendaRoutes(chair, planned.get("id").asText());
                    if (candidate.size() > routes.size()) {
                        routes = candidate;
                    }
                }
            }
        }
        return routes;
    }

    private static List<String> agendaRoutes(RestClient chair, String meeting) throws Exception {
        List<String> routes = new ArrayList<>();
        chair.get("/api/meetings/" + meeting + "/agenda").forEach(item -> routes.add("meetings/" + meeting + "/present/" + item.get("id").asText()));
        return routes;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String pick(Persona persona, Map<String, List<String>> routes) {
        List<String> candidates = routes.get(pickScreen(persona));
        return candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
    }

    private static String pickScreen(Persona persona) {
        int total = persona.screens().values().stream().mapToInt(Integer::intValue).sum();
        int draw = ThreadLocalRandom.current().nextInt(total);
        for (Map.Entry<String, Integer> screen : persona.screens().entrySet()) {
            draw -= screen.getValue();
            if (draw < 0) {
                return screen.getKey();
            }
        }
        throw new IllegalStateException("no screen");
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
