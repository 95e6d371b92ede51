package org.ablationpath.benchmark;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server CPU per screen (issue 9): for each of the load benchmark's four screens, one user of the right role opens it
 * many times one after the other, twice (the first round warms up), and the CPU time the server JVM and its PostgreSQL
 * used is divided by the screens opened. CPU, unlike response time, is hardly disturbed by other work, so two builds can
 * be compared on a shared machine, and the sum over the load benchmark's mix says how many screens per second two cores
 * can answer. Not a test; asserts nothing. Options: {@code benchmark.jar}, {@code loadgen.data-dir},
 * {@code benchmark.pages} (300 per screen), {@code benchmark.screens} (all four, comma-separated: my-tasks, worklist,
 * case-page, meeting-mode), {@code benchmark.rounds} (2), {@code benchmark.dump-dir} (writes each screen's last answer,
 * the UIDL JSON the browser would get, to look at what a screen sends). The rows of my tasks and the worklist include one opening of the password form each
 * (see {@link #LIGHT_ROUTE}), so they are an upper bound.
 */
public final class ScreenCpuBenchmark {

    private static final String LIGHT_ROUTE = "account/password";

    private ScreenCpuBenchmark() {
    }

    /** A screen, the role that opens it, and the routes it is opened on in turn. */
    private record Screen(String name, String username, List<String> routes) {
    }

    public static void main(String[] args) throws Exception {
        int pages = Integer.getInteger("benchmark.pages", 300);
        List<String> wanted = List.of(System.getProperty("benchmark.screens", "my-tasks,worklist,case-page,meeting-mode").split(","));
        try (ServerProcess server = ServerProcess.start()) {
            List<String> cases = new ArrayList<>();
            try (var db = server.database(); Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("select id::text from app.clinical_case where center_id = 'C01'"
                         + " order by md5(id::text) limit " + pages)) {
                while (rs.next()) {
                    cases.add("cases/" + rs.getString(1));
                }
            }
            Map<String, Screen> screens = new LinkedHashMap<>();
            screens.put("my-tasks", new Screen("my tasks", "physician", List.of("")));
            screens.put("worklist", new Screen("worklist", "nurse", List.of("worklist")));
            screens.put("case-page", new Screen("case page", "physician", cases));
            if (wanted.contains("meeting-mode")) {
                screens.put("meeting-mode", new Screen("meeting mode", "board", LoadBenchmark.meetingRoutes(server.baseUrl(), "C01")));
            }
            System.out.println("| screen | opened | wall ms | server CPU ms | JVM ms (requests / gc / jit / other) | PostgreSQL ms | response kB |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (String key : wanted) {
                Screen screen = screens.get(key.trim());
                if (screen == null) {
                    throw new IllegalArgumentException("Unknown screen " + key + "; known: " + screens.keySet());
                }
                measure(server, screen, pages);
            }
        }
        System.exit(0);
    }

    private static void measure(ServerProcess server, Screen screen, int pages) throws Exception {
        ScreenUser user = new ScreenUser(HttpClient.newHttpClient(), server.baseUrl(), screen.username());
        user.signIn("demo", "");
        user.navigate("");
        int rounds = Integer.getInteger("benchmark.rounds", 2);
        for (int round = 1; round <= rounds; round++) {
            long bytes = 0;
            double jvmBefore = server.jvmCpuSeconds();
            double databaseBefore = server.databaseCpuSeconds();
            Map<String, Double> kindsBefore = server.jvmCpuSecondsByThreadKind();
            long start = System.nanoTime();
            for (int i = 0; i < pages; i++) {
                // a screen of one route is left between openings (for the password form, a few fields), or the router
                // would keep its view and only run its navigation hooks again
                if (screen.routes().size() == 1) {
                    user.navigate(LIGHT_ROUTE);
                }
                bytes += user.navigate(screen.routes().get(i % screen.routes().size()));
            }
            double wallMs = (System.nanoTime() - start) / 1e6 / pages;
            String dumpDir = System.getProperty("benchmark.dump-dir");
            if (dumpDir != null) {
                Path dump = Path.of(dumpDir, screen.name().replace(' ', '-') + ".uidl.json");
                Files.createDirectories(dump.getParent());
                Files.writeString(dump, user.lastResponse());
            }
            double jvmMs = (server.jvmCpuSeconds() - jvmBefore) * 1000 / pages;
            double databaseMs = (server.databaseCpuSeconds() - databaseBefore) * 1000 / pages;
            Map<String, Double> kindsAfter = server.jvmCpuSecondsByThreadKind();
            if (round == rounds || Boolean.getBoolean("benchmark.every-round")) {
                StringBuilder kinds = new StringBuilder();
                for (String kind : List.of("requests", "gc", "jit", "other")) {
                    double ms = (kindsAfter.getOrDefault(kind, 0.0) - kindsBefore.getOrDefault(kind, 0.0)) * 1000 / pages;
                    kinds.append(kinds.isEmpty() ? "" : " / ").append(String.format("%.1f", ms));
                }
                System.out.printf("| %s%s | %d | %.1f | %.1f | %.1f (%s) | %.1f | %.0f |%n", screen.name(), round == rounds ? "" : " (warm-up " + round + ")", pages, wallMs,
                        jvmMs + databaseMs, jvmMs, kinds, databaseMs, bytes / 1024.0 / pages);
            }
        }
    }
}
