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
        // planning is not execution: count it too, to see whether statements are re-planned on every call
        jdbc.execute("ALTER SYSTEM SET pg_stat_statements.track_planning = on");
        jdbc.execute("SELECT pg_reload_conf()");
        jdbc.execute("SELECT pg_stat_statements_reset()");
        jdbc.execute("SELECT pg_stat_reset()");
    }

    /** The top statements by total execution time and by calls, per step of the walk. */
    static void print(String side, DataSource dataSource, long steps) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        list(jdbc, side, steps, "total execution time", "total_exec_time", 40);
        // by calls too: the two sides' lists compare statement by statement
        list(jdbc, side, steps, "calls", "calls", 80);
        jdbc.query("""
                SELECT sum(calls) AS c, sum(total_exec_time) AS t, sum(plans) AS p, sum(total_plan_time) AS pt,
                       count(*) AS distinct_statements FROM pg_stat_statements""", rs -> {
            System.out.printf("  all: %.1f statements and %.3f ms of execution per step; %.1f plans and %.3f ms of planning"
                            + " per step; %d distinct statements%n", rs.getLong("c") / (double) steps,
                    rs.getDouble("t") / steps, rs.getLong("p") / (double) steps, rs.getDouble("pt") / steps,
                    rs.getLong("distinct_statements"));
        });
        jdbc.query("SELECT xact_commit, xact_rollback FROM pg_stat_database WHERE datname = current_database()", rs -> {
            System.out.printf("  transactions per step: %.2f committed, %.2f rolled back%n",
                    rs.getLong("xact_commit") / (double) steps, rs.getLong("xact_rollback") / (double) steps);
        });
    }

    private static void list(JdbcTemplate jdbc, String side, long steps, String title, String orderBy, int limit) {
        System.out.printf("PostgreSQL statements of the %s's counted walk, by %s (per step: calls, ms)%n", side, title);
        jdbc.query("SELECT calls, total_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) AS q"
                + " FROM pg_stat_statements ORDER BY " + orderBy + " DESC LIMIT " + limit, rs -> {
                    System.out.printf("  %6.2f calls %7.3f ms %7.0f rows  %s%n", rs.getLong("calls") / (double) steps,
                            rs.getDouble("total_exec_time") / steps, rs.getLong("rows") / (double) steps, rs.getString("q"));
                });
    }
}
