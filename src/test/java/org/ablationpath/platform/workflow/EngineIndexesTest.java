package org.ablationpath.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's engine gets the subtask index Camunda's PostgreSQL schema lacks, and task deletion uses it. */
@AblationPathTest
class EngineIndexesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEnginesTaskTableIsIndexedByParentTask() {
        String definition = jdbc.queryForObject("select indexdef from pg_indexes where tablename = 'act_ru_task' and indexname = ?",
                String.class, EngineIndexes.PARENT_TASK_INDEX);

        assertThat(definition).contains("(parent_task_id_)");
    }

    @Test
    void theSubtaskLookupCanUseIt() {
        String plan = jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
                // as on a large table: the planner may not take a sequential scan (reset before the pool reuses it)
                statement.execute("set enable_seqscan = off");
                try (var rs = statement.executeQuery("explain select * from act_ru_task where parent_task_id_ = 'x'")) {
                    StringBuilder text = new StringBuilder();
                    while (rs.next()) {
                        text.append(rs.getString(1)).append('\n');
                    }
                    return text.toString();
                } finally {
                    statement.execute("reset enable_seqscan");
                }
            }
        });

        assertThat(plan).contains(EngineIndexes.PARENT_TASK_INDEX);
    }
}
