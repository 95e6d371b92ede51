package org.ablationpath.benchmark;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ablationpath.HeadlessChromium;

/**
 * Meeting mode at scale (issue 6: opening a case at most 100 ms p95 on the server, case to case in the browser under
 * 1 s). Not a test: it reports, it asserts nothing. Launches the production jar on the generated database
 * ({@link ServerProcess}, as the load benchmark), plans a meeting whose agenda the chair fills from the open board
 * reviews, then, with no other user on the server:
 * <ol>
 *   <li>server: one board member's Vaadin UI opens agenda cases in random order (nothing prefetched: the full server
 *       work of opening a case, timed as the navigation's round trip on loopback), then steps through them in agenda
 *       order as the meeting does (next case, usually prefetched);</li>
 *   <li>browser: the chair in headless Chromium presses N (next case) and waits until the next case's title is shown.</li>
 * </ol>
 * Options: {@code -Dbenchmark.center=C01}, {@code -Dbenchmark.cases=200} (server navigations per order),
 * {@code -Dbenchmark.browser-steps=40}, plus the load benchmark's {@code loadgen.data-dir} and {@code benchmark.jar}.
 */
public final class MeetingModeBenchmark {

    private MeetingModeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String center = System.getProperty("benchmark.center", "C01");
        int cases = Integer.getInteger("benchmark.cases", 200);
        int browserSteps = Integer.getInteger("benchmark.browser-steps", 40);
        try (ServerProcess server = ServerProcess.start()) {
            System.out.printf("Application ready in %.1f s (%s)%n", server.readySeconds(), server.jar().getFileName());
            List<String> routes = LoadBenchmark.meetingRoutes(server.baseUrl(), center);
            System.out.printf("meeting of %d agenda cases (%s)%n", routes.size(), center);
            if (routes.size() < 3) {
                System.out.println("too few open board reviews to time");
                return;
            }
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            ScreenUser board = new ScreenUser(http, server.baseUrl(), "board");
            board.signIn("demo", routes.get(0));
            board.navigate(routes.get(0));

            List<String> shuffled = new ArrayList<>(routes);
            Collections.shuffle(shuffled, new Random(42));
            warmUp(board, shuffled.subList(0, Math.min(30, shuffled.size())));
            report("open a case, random order (not prefetched)", time(board, cycle(shuffled, cases)));
            report("next case, agenda order (prefetched while shown)", time(board, cycle(routes, cases)));

            try (HeadlessChromium chromium = HeadlessChromium.launch()) {
                report("browser: N pressed to the next case shown", browserSteps(chromium, server, routes, browserSteps));
            }
        }
        System.exit(0);
    }

    private static void warmUp(ScreenUser user, List<String> routes) throws Exception {
        for (String route : routes) {
            user.navigate(route);
        }
    }

    private static List<String> cycle(List<String> routes, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(routes.get(i % routes.size()));
        }
        return out;
    }

    private static List<Double> time(ScreenUser user, List<String> routes) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (String route : routes) {
            long start = System.nanoTime();
            user.navigate(route);
            millis.add((System.nanoTime() - start) / 1e6);
            // a meeting spends minutes per case; a short pause lets the prefetch of the neighbours finish as it would
            Thread.sleep(150);
        }
        return millis;
    }

    private static List<Double> browserSteps(HeadlessChromium chromium, ServerProcess server, List<String> routes, int steps) {
        int port = URI.create(server.baseUrl()).getPort();
        Page page = chromium.signIn(port, "chair", "demo", 1400, 1000);
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(server.baseUrl() + "/" + routes.get(0));
        List<Double> millis = new ArrayList<>();
        int total = Math.min(steps, routes.size() - 1);
        for (int i = 0; i < total; i++) {
            String expected = "Case " + (i + 2) + " of ";
            page.locator("#meeting-case-title").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(WaitForSelectorState.VISIBLE));
            page.waitForTimeout(300);
            long start = System.nanoTime();
            page.keyboard().press("n");
            page.waitForFunction("t => { const e = document.getElementById('meeting-case-title'); return e && e.textContent.startsWith(t); }",
                    expected);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Double::compare);
        System.out.printf("| %s | %d | %.0f | %.0f | %.0f |%n", what, sorted.size(), percentile(sorted, 50),
                percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
