package org.ablationpath.benchmark;

import java.net.http.HttpClient;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Server CPU per case page (issue 9): one physician opens many case pages one after the other, twice (the first round
 * warms up), and the CPU time the server JVM and its PostgreSQL used is divided by the pages. CPU, unlike response
 * time, is hardly disturbed by other work, so two builds can be compared on a shared machine. Not a test; asserts
 * nothing. Options: {@code benchmark.jar}, {@code loadgen.data-dir}, {@code benchmark.pages} (300).
 */
public final class CasePageBenchmark {

    private CasePageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int pages = Integer.getInteger("benchmark.pages", 300);
        try (ServerProcess server = ServerProcess.start()) {
            List<String> cases = new ArrayList<>();
            try (var db = server.database(); Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("select id::text from app.clinical_case where center_id = 'C01'"
                         + " order by md5(id::text) limit " + pages)) {
                while (rs.next()) {
                    cases.add(rs.getString(1));
                }
            }
            ScreenUser user = new ScreenUser(HttpClient.newHttpClient(), server.baseUrl(), "physician");
            user.signIn("demo", "");
            user.navigate("");
            for (String round : List.of("warm-up", "measured")) {
                long bytes = 0;
                double jvmBefore = server.jvmCpuSeconds();
                double databaseBefore = server.databaseCpuSeconds();
                long start = System.nanoTime();
                for (String id : cases) {
                    bytes += user.navigate("cases/" + id);
                }
                double n = cases.size();
                double wallMs = (System.nanoTime() - start) / 1e6 / n;
                double jvmMs = (server.jvmCpuSeconds() - jvmBefore) * 1000 / n;
                double databaseMs = (server.databaseCpuSeconds() - databaseBefore) * 1000 / n;
                System.out.printf("%s: %d case pages; per page %.1f ms wall, %.1f ms server CPU"
                        + " (JVM %.1f + PostgreSQL %.1f), %.0f kB response%n",
                        round, cases.size(), wallMs, jvmMs + databaseMs, jvmMs, databaseMs, bytes / 1024.0 / n);
            }
        }
        System.exit(0);
    }
}
