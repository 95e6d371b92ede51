package org.ablationpath.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Single-statement writes that must commit on their own, whatever transaction the caller is in (the read audit: a
 * screen reads in a read-only transaction, and the read is logged even if the page then fails). They run in
 * auto-commit on a small pool of their own. A nested REQUIRES_NEW transaction on the application's pool deadlocked
 * under load: with every pooled connection held by an outer read, each waited for a second connection for the log
 * row until the pool's timeout (the load benchmark's 200 users, issue 9). A write here holds its connection for one
 * statement and never waits for the main pool, so the two pools cannot wait on each other.
 */
@Component
public class IndependentWrites implements DisposableBean {

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;

    IndependentWrites(DataSource application, @Value("${ablationpath.database.independent-writes-pool-size:4}") int size) {
        if (!(application instanceof HikariDataSource hikari)) {
            throw new IllegalStateException("The application's DataSource must be a HikariCP pool; it is "
                    + application.getClass().getName());
        }
        HikariConfig config = new HikariConfig();
        hikari.copyStateTo(config);
        config.setPoolName(hikari.getPoolName() + "-independent-writes");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setReadOnly(false);
        this.pool = new HikariDataSource(config);
        this.jdbc = new JdbcTemplate(pool);
    }

    /** Runs one INSERT/UPDATE in auto-commit on this pool; returns the affected rows. */
    public int update(String sql, Object... args) {
        return jdbc.update(sql, args);
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
