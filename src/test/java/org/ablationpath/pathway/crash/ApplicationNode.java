package org.ablationpath.pathway.crash;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.ablationpath.AblationPathApplication;

/**
 * The whole application in a JVM of its own (main classes and dependencies, not the test classes), on a database
 * the test owns, so that a test can kill it with SIGKILL and start it again on the same data.
 */
final class ApplicationNode {

    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final Process process;
    final int port;

    private ApplicationNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ApplicationNode start(String jdbcUrl, String logName, String... settings) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", mainClassPath(), AblationPathApplication.class.getName(),
                "--server.port=" + port, "--spring.profiles.active=demo",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres"));
        command.addAll(Arrays.asList(settings));
        File log = Path.of("target", logName + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        ApplicationNode node = new ApplicationNode(process, port);
        node.awaitLoginPage(log);
        return node;
    }

    /** SIGKILL: no shutdown hooks, no transaction finishes, connections drop. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void awaitLoginPage(File log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited at start-up; see " + log);
            }
            try {
                HttpResponse<Void> login = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (login.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application did not start within " + START_LIMIT + "; see " + log);
    }

    private static String mainClassPath() {
        String testClasses = Path.of("target", "test-classes").toAbsolutePath().toString();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().toString().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
