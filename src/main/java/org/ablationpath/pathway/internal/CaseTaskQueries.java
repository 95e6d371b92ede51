package org.ablationpath.pathway.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ablationpath.platform.workflow.TaskContext;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open tasks the screens list (my tasks, a case's, the worklist's cases), each with its case and subject, in one
 * SQL query over the engine's runtime tables. The engine's task, process-instance and variable queries needed three
 * rounds per list, and building their SQL (MyBatis/OGNL over mappings of a hundred optional conditions) cost more CPU
 * than the database answering them (docs/benchmarks.md, Load benchmark). Table names come from the engine, so a
 * configured table prefix is honoured; form keys come from the deployed definitions, which never change.
 */
@Component
class CaseTaskQueries {

    /** The columns of an open task row; the subject is the task's own variable, else its activity's input. */
    private static final String COLUMNS = """
            t.ID_, t.NAME_, t.PROC_DEF_ID_, t.TASK_DEF_KEY_, t.TENANT_ID_, t.CREATE_TIME_, t.DUE_DATE_, t.ASSIGNEE_,
            (select p.BUSINESS_KEY_ from %2$s p where p.ID_ = t.PROC_INST_ID_) as BUSINESS_KEY_,
            (select v.TEXT_ from %3$s v where v.EXECUTION_ID_ = t.EXECUTION_ID_ and v.NAME_ = :subject
                and v.TYPE_ = 'string' and coalesce(v.TASK_ID_, t.ID_) = t.ID_
              order by v.TASK_ID_ nulls last limit 1) as SUBJECT_
            """;
    // coalesce(...) above keeps PostgreSQL on the execution's index: "TASK_ID_ is null or ..." made it AND in a
    // bitmap of every activity-scoped variable of that name (0.4 ms per row at 100,000 patients).

    private final NamedParameterJdbcTemplate jdbc;
    private final FormService forms;
    private final ManagementService management;
    private final Map<String, Optional<String>> formKeys = new ConcurrentHashMap<>();
    private volatile Tables tables;

    CaseTaskQueries(NamedParameterJdbcTemplate jdbc, FormService forms, ManagementService management) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.management = management;
    }

    /** An open task as the lists show it, before the case's pseudonym and stage are added. */
    record TaskRow(String id, String name, String formKey, String tenantId, Instant created, Instant due,
                   String assignee, UUID caseId, String subjectId) {
    }

    /**
     * The active tasks of the centers whose candidate groups include one of the groups (claimed or not), by due date
     * (none last), then creation and id; one page, or only {@code taskId} when it is not null.
     */
    List<TaskRow> candidateTasks(Collection<String> centers, Collection<String> groups, String taskId, int offset, int limit) {
        Tables t = tables();
        String sql = "select " + COLUMNS.formatted(t.task(), t.execution(), t.variable()) + " from (select * from " + t.task()
                + " t where t.TENANT_ID_ in (:centers) and t.SUSPENSION_STATE_ = 1"
                + (taskId == null ? "" : " and t.ID_ = :taskId")
                + " and exists (select 1 from " + t.identityLink() + " i where i.TASK_ID_ = t.ID_ and i.TYPE_ = :candidate"
                + " and i.GROUP_ID_ in (:groups))"
                + " order by t.DUE_DATE_ asc, t.CREATE_TIME_ asc, t.ID_ asc limit :limit offset :offset) t"
                + " order by t.DUE_DATE_ asc, t.CREATE_TIME_ asc, t.ID_ asc";
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("centers", centers).addValue("groups", groups).addValue("taskId", taskId)
                .addValue("candidate", IdentityLinkType.CANDIDATE).addValue("subject", TaskContext.SUBJECT_ID)
                .addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, params, this::row);
    }

    /** The active tasks of the cases' running processes (the pathway and the processes it called), oldest first. */
    List<TaskRow> tasksOfCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Tables t = tables();
        String sql = "select " + COLUMNS.formatted(t.task(), t.execution(), t.variable()) + " from " + t.execution()
                + " i join " + t.task() + " t on t.PROC_INST_ID_ = i.ID_"
                + " where i.BUSINESS_KEY_ in (:keys) and i.ID_ = i.PROC_INST_ID_ and t.SUSPENSION_STATE_ = 1"
                + " order by t.CREATE_TIME_ asc, t.ID_ asc";
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("keys", caseIds.stream().map(UUID::toString).toList())
                .addValue("subject", TaskContext.SUBJECT_ID);
        return jdbc.query(sql, params, this::row);
    }

    private TaskRow row(ResultSet rs, int rowNumber) throws SQLException {
        String businessKey = rs.getString("BUSINESS_KEY_");
        return new TaskRow(rs.getString("ID_"), rs.getString("NAME_"),
                formKey(rs.getString("PROC_DEF_ID_"), rs.getString("TASK_DEF_KEY_")), rs.getString("TENANT_ID_"),
                instant(rs.getTimestamp("CREATE_TIME_")), instant(rs.getTimestamp("DUE_DATE_")), rs.getString("ASSIGNEE_"),
                businessKey == null ? null : UUID.fromString(businessKey), rs.getString("SUBJECT_"));
    }

    /** The task's form key as its deployed definition declares it (null for a task without one). */
    private String formKey(String processDefinitionId, String taskDefinitionKey) {
        if (processDefinitionId == null || taskDefinitionKey == null) {
            return null;
        }
        return formKeys.computeIfAbsent(processDefinitionId + "\n" + taskDefinitionKey,
                k -> Optional.ofNullable(forms.getTaskFormKey(processDefinitionId, taskDefinitionKey))).orElse(null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private Tables tables() {
        if (tables == null) {
            tables = new Tables(management.getTableName(Task.class), management.getTableName(ProcessInstance.class),
                    management.getTableName(VariableInstanceEntity.class), management.getTableName(IdentityLinkEntity.class));
        }
        return tables;
    }

    private record Tables(String task, String execution, String variable, String identityLink) {
    }
}
