package org.ablationpath.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application as a hospital runs it: the production jar in a JVM of its own, extracted as the Docker image runs it
 * ({@code -Djarmode=tools extract}: plain jars, no nested-jar class loading), on the embedded PostgreSQL of a generated
 * database. Start-up is timed from launching the JVM to the first answered login page; the heap is read with
 * {@code jcmd} after a full collection. Optionally on another JDK with an AOT cache trained beforehand, as the Docker
 * image starts (docs/adr/0005-jdk25-aot-cache.md).
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern STARTED = Pattern.compile("Started AblationPathApplication in [^\\n]*");

    private final Process process;
    private final Path jar;
    private final Path log;
    private final int port;
    private final int databasePort;
    private final double readySeconds;
    private final Path dataDir;
    private final String runtime;

    private ServerProcess(Process process, Path jar, Path log, int port, int databasePort, double readySeconds,
                          Path dataDir, String runtime) {
        this.process = process;
        this.jar = jar;
        this.log = log;
        this.port = port;
        this.databasePort = databasePort;
        this.readySeconds = readySeconds;
        this.dataDir = dataDir;
        this.runtime = runtime;
    }

    /**
     * Options: {@code benchmark.jar} (default: the jar in target/ built with -Pproduction), {@code benchmark.extract}
     * (true: run the extracted jar like the Docker image; false: java -jar on the fat jar), {@code loadgen.data-dir}
     * (target/loaddata), {@code benchmark.server-jvm-args} (space separated, default none),
     * {@code benchmark.server-java-home} (the JDK that runs the server; default: this one), {@code benchmark.aot-cache}
     * (true: start with an AOT cache, JDK 25 or newer, trained once per jar and JDK by a run that ends when the context
     * is refreshed, as docker/Dockerfile does; the training is not timed).
     */
    static ServerProcess start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("benchmark.jar", "")).toString().isEmpty() ? findJar() : Path.of(System.getProperty("benchmark.jar"));
        String dataDir = Path.of(System.getProperty("loadgen.data-dir", "target/loaddata")).toAbsolutePath().toString();
        if (!Files.isDirectory(Path.of(dataDir))) {
            throw new IllegalStateException("No generated database in " + dataDir + ": run the LoadDataGenerator first (README, Load data)");
        }
        int port = freePort();
        int databasePort = freePort();
        Path launched = Boolean.parseBoolean(System.getProperty("benchmark.extract", "true")) ? extracted(jar) : jar;
        List<String> jvm = new ArrayList<>();
        jvm.add(serverJava().toString());
        for (String arg : System.getProperty("benchmark.server-jvm-args", "").split(" ")) {
            if (!arg.isBlank()) {
                jvm.add(arg);
            }
        }
        List<String> application = List.of("-jar", launched.toAbsolutePath().toString(), "--server.port=" + port,
                "--ablationpath.embedded-postgres.data-dir=" + dataDir, "--ablationpath.embedded-postgres.port=" + databasePort,
                "--logging.level.root=WARN", "--logging.level.org.ablationpath.AblationPathApplication=INFO");
        Path log = Path.of("target", "load-benchmark-server.log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(jvm);
        boolean aotCache = Boolean.parseBoolean(System.getProperty("benchmark.aot-cache", "false"));
        if (aotCache) {
            command.add("-XX:AOTCache=" + trainedAotCache(launched, jvm, application));
        }
        String runtime = javaVersion(jvm.get(0)) + (aotCache ? " with its AOT cache" : "");
        command.addAll(application);
        long launchedAt = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build();
        long deadline = launchedAt + TimeUnit.MINUTES.toNanos(15);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended during start-up; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("The application did not start within 15 minutes; see " + log.toAbsolutePath());
            }
            Thread.sleep(100);
        }
        return new ServerProcess(process, jar, log, port, databasePort, (System.nanoTime() - launchedAt) / 1e9,
                Path.of(dataDir), runtime);
    }

    /** CPU seconds used so far by the server JVM. */
    double jvmCpuSeconds() throws IOException {
        return ProcessCpu.of(process.pid());
    }

    /** CPU seconds used so far by the server JVM's threads by kind (requests, gc, jit, other). */
    java.util.Map<String, Double> jvmCpuSecondsByThreadKind() throws IOException {
        return ProcessCpu.ofThreadKinds(process.pid());
    }

    /**
     * CPU seconds used so far by its embedded PostgreSQL, the postmaster and its backends (pg_ctl detaches the
     * postmaster from the JVM, so it is found through the data directory's postmaster.pid).
     */
    double databaseCpuSeconds() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        return ProcessCpu.ofProcessAndChildren(postmaster);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    Path jar() {
        return jar;
    }

    /** The server's JDK (its {@code -version} line) and whether it started with an AOT cache. */
    String runtime() {
        return runtime;
    }

    double readySeconds() {
        return readySeconds;
    }

    /** Spring Boot's own start-up line (time in the JVM, excluding the JVM's launch). */
    String springStartLine() throws IOException {
        Matcher m = STARTED.matcher(Files.readString(log));
        return m.find() ? m.group() : "(not logged)";
    }

    /** A connection to the application's embedded PostgreSQL (for picking targets; the benchmark writes nothing). */
    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", "postgres");
    }

    /** Used heap in bytes after a full collection of the application's JVM. */
    long heapUsedAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("No heap figure in: " + info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(serverJava().resolveSibling("jcmd").toString(),
                Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static Path serverJava() {
        return Path.of(System.getProperty("benchmark.server-java-home", System.getProperty("java.home")), "bin", "java");
    }

    /**
     * The AOT cache beside the launched jar, keyed by the server JDK's version, made by one training run if missing: the
     * same JVM options and application arguments, ended by Spring once the context is refreshed. Class linking is off
     * as in docker/Dockerfile: with it the JVM refuses to start (the xz jar is sealed, see the ADR).
     */
    private static Path trainedAotCache(Path launched, List<String> jvm, List<String> application)
            throws IOException, InterruptedException {
        Path cache = launched.toAbsolutePath()
                .resolveSibling("app-" + Integer.toHexString(javaVersion(jvm.get(0)).hashCode()) + ".aot");
        if (Files.exists(cache)) {
            return cache;
        }
        List<String> training = new ArrayList<>(jvm);
        training.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-XX:-AOTClassLinking", "-Xlog:aot=error",
                "-Dspring.context.exit=onRefresh"));
        training.addAll(application);
        Path log = Path.of("target", "load-benchmark-aot-training.log");
        System.out.println("Training the AOT cache (not timed): " + cache);
        Process run = new ProcessBuilder(training).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!run.waitFor(15, TimeUnit.MINUTES) || run.exitValue() != 0 || !Files.exists(cache)) {
            run.destroyForcibly();
            throw new IllegalStateException("The AOT cache's training run failed; see " + log.toAbsolutePath());
        }
        return cache;
    }

    /** The runtime line of {@code java -version}, e.g. "OpenJDK Runtime Environment Temurin-25.0.3+9 (build 25.0.3+9-LTS)". */
    private static String javaVersion(String java) throws IOException, InterruptedException {
        Process version = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
        List<String> lines = new String(version.getInputStream().readAllBytes()).lines().toList();
        version.waitFor();
        return lines.size() > 1 ? lines.get(1).trim() : String.join(" ", lines);
    }

    /** The jar extracted once into target/ (keyed by its size and time), as docker/Dockerfile does; not timed. */
    private static Path extracted(Path jar) throws IOException, InterruptedException {
        String key = jar.getFileName().toString().replace(".jar", "") + "-" + Files.size(jar) + "-"
                + Files.getLastModifiedTime(jar).toMillis();
        Path dir = Path.of("target", "extracted", key).toAbsolutePath();
        Path app = dir.resolve("app.jar");
        if (!Files.exists(app)) {
            Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination", dir.toString(),
                    "--application-filename", "app.jar", "--force").inheritIO().start();
            if (extract.waitFor() != 0 || !Files.exists(app)) {
                throw new IllegalStateException("Could not extract " + jar + " into " + dir);
            }
        }
        return app;
    }

    private static Path findJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("ablationpath-.*\\.jar"))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException(
                            "No application jar in target/: build it with mvn -B -Pproduction -DskipTests package"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
