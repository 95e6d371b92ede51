package org.ablationpath.pathway.process;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.ablationpath.platform.workflow.EngineIndexes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One standalone engine (no Spring) with history FULL on a real PostgreSQL, shared by the process tests of this
 * JVM, with every BPMN of {@code processes/} deployed once. Delegates are stand-ins registered with
 * {@link org.camunda.bpm.engine.test.mock.Mocks}; what the real ones do is tested with the Spring context.
 * The job executor is off: tests fire timers by moving the engine clock and executing their case's due jobs.
 */
public final class ProcessTestEngine {

    private static ProcessEngine engine;

    private ProcessTestEngine() {
    }

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            EmbeddedPostgres postgres = startPostgres();
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            configuration.setJdbcDriver("org.postgresql.Driver");
            configuration.setJdbcUsername("postgres");
            configuration.setJdbcPassword("postgres");
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            configuration.setJobExecutorActivate(false);
            configuration.setExpressionManager(new MockExpressionManager());
            configuration.setProcessEngineName("ablationpath-process-tests");
            // the application's schema addition, so the bare engine the pathway benchmark compares with has it too
            configuration.getProcessEnginePlugins().add(new EngineIndexes());
            engine = configuration.buildProcessEngine();
            deployAll(engine);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                engine.close();
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return engine;
    }

    static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static void deployAll(ProcessEngine engine) {
        try {
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("processes");
            for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
                try (InputStream in = bpmn.getInputStream()) {
                    deployment.addInputStream(bpmn.getFilename(), new java.io.ByteArrayInputStream(in.readAllBytes()));
                }
            }
            deployment.deploy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            // the pathway benchmark's -Dbenchmark.pg-statements=true reads where the bare engine's database time goes
            return Boolean.getBoolean("benchmark.pg-statements")
                    ? EmbeddedPostgres.builder().setServerConfig("shared_preload_libraries", "pg_stat_statements").start()
                    : EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
