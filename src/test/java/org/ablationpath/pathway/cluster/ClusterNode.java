package org.ablationpath.pathway.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * One node of the cluster test: a process engine with its job executor on a shared PostgreSQL, configured as the
 * application's nodes are (history FULL, not deployment-aware, so any node runs any job). Run as a separate JVM by
 * {@link TwoNodeClusterTest} so that it can be killed with SIGKILL; {@link #main} prints READY once it acquires jobs.
 */
public final class ClusterNode {

    /**
     * Short enough that a killed node's locked jobs are taken over while the test waits, long enough that no job
     * outlives its lock on a busy machine: a job still running when its lock expires can be run by a second node
     * at the same time (the application keeps Camunda's 5-minute default).
     */
    static final int LOCK_MILLIS = 20_000;

    private static String jdbcUrl(DelegateExecution execution) {
        return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) execution.getProcessEngine()
                .getProcessEngineConfiguration()).getJdbcUrl();
    }

    /** Each job works a while, as a delegate calling module services does, so that the kill lands mid-run. */
    static final int WORK_MILLIS = 100;

    private ClusterNode() {
    }

    public static void main(String[] args) throws InterruptedException {
        start(args[0], args[1], false);
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    static ProcessEngine start(String jdbcUrl, String nodeName, boolean createSchema) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setDataSource(pool(jdbcUrl, nodeName));
        configuration.setDatabaseSchemaUpdate(createSchema ? ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE
                : ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setProcessEngineName(nodeName);
        configuration.setJobExecutorDeploymentAware(false);
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setLockTimeInMillis(LOCK_MILLIS);
        jobExecutor.setWaitTimeInMillis(200);
        jobExecutor.setMaxWait(1_000);
        jobExecutor.setLockOwner(nodeName);
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(true);
        return configuration.buildProcessEngine();
    }

    /**
     * The application's pool (Hikari), not the engine's own MyBatis pool: that one takes back a connection checked
     * out for more than 20 s and invalidates it under its user ("Connection is invalid"), which failed a job on a
     * loaded CI machine. Room for every job thread, the acquisition thread and the test's own calls.
     */
    private static HikariDataSource pool(String jdbcUrl, String nodeName) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(16);
        pool.setPoolName(nodeName);
        return new HikariDataSource(pool);
    }

    /**
     * The timer's work: a row naming the node, written in the engine's own transaction, as the application's
     * delegates write module tables in the transaction that moves the process. A job whose transaction dies with
     * its node leaves no row and runs again elsewhere: the effect happens once.
     */
    public static class RecordFiring implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) throws SQLException, InterruptedException {
            Thread.sleep(WORK_MILLIS);
            try (var log = java.sql.DriverManager.getConnection(jdbcUrl(execution), "postgres", "postgres");
                 PreparedStatement run = log.prepareStatement(
                         "insert into cluster_timer_run (process_instance_id, node) values (?, ?)")) {
                run.setString(1, execution.getProcessInstanceId());
                run.setString(2, execution.getProcessEngine().getName());
                run.executeUpdate();
            }
            var connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into cluster_timer_fired (process_instance_id, node) values (?, ?)")) {
                insert.setString(1, execution.getProcessInstanceId());
                insert.setString(2, execution.getProcessEngine().getName());
                insert.executeUpdate();
            }
        }
    }
}
