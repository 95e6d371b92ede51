package org.ablationpath.benchmark;

import java.net.http.HttpClient;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Server CPU per case page (issue 9): one user opens many case pages one after the other, and the CPU time the server
 * JVM and its PostgreSQL used is divided by the pages. CPU, unlike response time, is not disturbed by other work on the
 * machine, so two builds can be compared on a shared machine. Not a test; asserts nothing. Options:
 * {@code benchmark.jar}, {@code loadgen.data-dir}, {@code benchmark.pages} (300), {@code benchmark.route} (cases/).
 */
public final class CasePageProbe {

    private CasePageProbe() {
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
            for (int round = 0; round < 2; round++) {
                long bytes = 0;
                double cpuBefore = server.cpuSeconds();
                double jvmBefore = server.jvmCpuSeconds();
                long start = System.nanoTime();
                for (String id : cases) {
                    bytes += user.navigate("cases/" + id);
                }
                double wall = (System.nanoTime() - start) / 1e9;
                double cpu = server.cpuSeconds() - cpuBefore;
                double jvm = server.jvmCpuSeconds() - jvmBefore;
                System.out.printf("%s: %d case pages; per page %.1f ms wall, %.1f ms server CPU (JVM %.1f + PostgreSQL %.1f), %.0f kB response%n",
                        round == 0 ? "warm-up" : "measured", cases.size(), wall * 1000 / cases.size(), cpu * 1000 / cases.size(),
                        jvm * 1000 / cases.size(), (cpu - jvm) * 1000 / cases.size(), bytes / 1024.0 / cases.size());
            }

        }
        System.exit(0);
    }
}
