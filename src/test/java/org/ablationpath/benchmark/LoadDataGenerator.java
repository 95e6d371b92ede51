package org.ablationpath.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ablationpath.AblationPathApplication;
import org.ablationpath.TestClockConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills a PostgreSQL database with N synthetic patients over several centers, every stage of the pathway, and A
 * active pathways that are real process instances at their wait states (issue 9: volume for the screens, the task
 * lists and the timers). See {@link LoadData} for how; README section Load data for the command.
 *
 * <p>Options (system properties): {@code loadgen.patients} (100000), {@code loadgen.active} (20000, at most a fifth of
 * the patients by default when fewer patients are asked for), {@code loadgen.centers} (6), {@code loadgen.threads}
 * (2), {@code loadgen.url}/{@code loadgen.username}/{@code loadgen.password} (a PostgreSQL server; default: an
 * embedded PostgreSQL with its data in {@code loadgen.data-dir}, {@code target/loaddata}, wiped first).
 */
public final class LoadDataGenerator {

    private LoadDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int patients = Integer.getInteger("loadgen.patients", 100_000);
        int active = Integer.getInteger("loadgen.active", Math.min(20_000, patients / 5));
        int centers = Integer.getInteger("loadgen.centers", 6);
        int threads = Integer.getInteger("loadgen.threads", 2);
        String url = System.getProperty("loadgen.url", "");
        String dataDir = System.getProperty("loadgen.data-dir", "target/loaddata");
        if (active > patients) {
            throw new IllegalArgumentException("loadgen.active (" + active + ") exceeds loadgen.patients (" + patients + ")");
        }
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=WARN", "--logging.level.org.ablationpath.benchmark=INFO", "--spring.main.banner-mode=off"));
        if (url.isBlank()) {
            wipe(Path.of(dataDir));
            arguments.add("--ablationpath.embedded-postgres.data-dir=" + dataDir);
            arguments.add("--ablationpath.embedded-postgres.port=" + Integer.getInteger("loadgen.port", 0));
        } else {
            arguments.add("--spring.datasource.url=" + url);
            arguments.add("--spring.datasource.username=" + System.getProperty("loadgen.username", "postgres"));
            arguments.add("--spring.datasource.password=" + System.getProperty("loadgen.password", ""));
        }
        long start = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AblationPathApplication.class, TestClockConfiguration.class)
                .profiles(System.getProperty("loadgen.profile", "demo"))
                .run(arguments.toArray(String[]::new))) {
            System.out.printf("Application started in %.1f s%n", (System.nanoTime() - start) / 1e9);
            LoadData.Result result = new LoadData(app, threads).generate(patients, active, centers, LocalDate.now());
            result.print(System.out);
        }
        System.out.printf("Total %.1f s. %s%n", (System.nanoTime() - start) / 1e9, url.isBlank()
                ? "Start the application on it: mvn spring-boot:run -Dspring-boot.run.arguments=--ablationpath.embedded-postgres.data-dir=" + dataDir
                : "Database: " + url);
        System.exit(0);
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
