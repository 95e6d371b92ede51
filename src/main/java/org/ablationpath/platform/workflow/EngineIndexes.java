package org.ablationpath.platform.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds an index Camunda's PostgreSQL schema lacks: deleting a task (every completion) first selects its subtasks by
 * ACT_RU_TASK.PARENT_TASK_ID_, a sequential scan of every open task of every case without it (camunda/camunda#36824;
 * Camunda added it for SQL Server only). Created after the engine has created or updated its schema, under our own
 * name so that a later Camunda upgrade script adding it cannot collide with it.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);
    static final String PARENT_TASK_INDEX = "ap_idx_task_parent_task_id";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            statement.execute("create index if not exists " + PARENT_TASK_INDEX + " on act_ru_task (parent_task_id_)");
        } catch (SQLException e) {
            // two nodes starting at once may race on it; the engine works without it, only slower
            LOG.warn("Index {} on act_ru_task not created: {}", PARENT_TASK_INDEX, e.getMessage());
        }
    }
}
