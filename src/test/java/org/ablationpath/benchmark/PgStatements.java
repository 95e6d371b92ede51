package org.ablationpath.benchmark;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL spent its execution time on during a counted walk, from {@code pg_stat_statements}
 * (-Dbenchmark.pg-statements=true; the server must preload the library).
 */
final class PgStatements {

    static final boolean ENABLED = Boolean.getBoolean("benchmark.pg-statements");

    private PgStatements() {
    }

    /** Starts counting from zero (after the warm-up). */
    static void reset(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        jdbc.execute("SELECT pg_stat_statements_reset()");
    }

    /** The top statements by total execution time, per step of the walk. */
    static void print(String side, DataSource dataSource, long steps) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        System.out.printf("PostgreSQL statements of the %s's counted walk, by total execution time (per step: calls, ms)%n", side);
        jdbc.query("""
                SELECT calls, total_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) AS q
                FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 40""", rs -> {
            System.out.printf("  %6.2f calls %7.3f ms %7.0f rows  %s%n", rs.getLong("calls") / (double) steps,
                    rs.getDouble("total_exec_time") / steps, rs.getLong("rows") / (double) steps, rs.getString("q"));
        });
        jdbc.query("SELECT sum(calls) AS c, sum(total_exec_time) AS t FROM pg_stat_statements", rs -> {
            System.out.printf("  all: %.1f statements and %.3f ms of execution per step%n", rs.getLong("c") / (double) steps,
                    rs.getDouble("t") / steps);
        });
    }
}
