package org.ablationpath.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * One template case frozen at one wait state: every row it owns in the application schema (as the modules stored
 * them) and where its processes stand, with their variables. The generator clones it with new ids and shifted dates.
 *
 * @param name         the state, as printed in the generator's summary
 * @param stage        the case's stage at this state
 * @param takenOn      the template's day when the snapshot was taken (dates are shifted relative to it)
 * @param tables       table name to its rows (column name to value: UUID, LocalDate, OffsetDateTime, or the text)
 * @param mainActivity the activity of the main process the case waits in (a call activity when a called process runs)
 * @param mainVariables the main process's variables
 * @param subActivity  the leaf activity of the called process, or null
 * @param subVariables the called process's variables, or an empty map
 */
record CaseSnapshot(String name, String stage, LocalDate takenOn, Map<String, List<Map<String, Object>>> tables,
                    String mainActivity, Map<String, Object> mainVariables, String subActivity,
                    Map<String, Object> subVariables) {

    /** Tables with a case_id column (besides the case and patient rows), minus the append-only audit and access logs. */
    static List<String> caseTables(DataSource dataSource) {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("""
                     select table_name from information_schema.columns
                      where table_schema = 'app' and column_name = 'case_id'
                        and table_name not like '%\\_aud' and table_name not in ('access_log', 'evaluation_review')
                      order by table_name""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    static CaseSnapshot take(String name, LocalDate takenOn, UUID caseId, DataSource dataSource, List<String> caseTables,
                             RuntimeService runtime) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        String stage;
        try (Connection c = dataSource.getConnection()) {
            List<Map<String, Object>> kase = rows(c, "clinical_case", "id", caseId);
            stage = (String) kase.get(0).get("stage");
            tables.put("patient", rows(c, "patient", "id", (UUID) kase.get(0).get("patient_id")));
            tables.put("clinical_case", kase);
            for (String table : caseTables) {
                if (!table.equals("clinical_case")) {
                    tables.put(table, rows(c, table, "case_id", caseId));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ProcessInstance main = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString())
                .processDefinitionKey("ablation-pathway").singleResult();
        if (main == null) {
            return new CaseSnapshot(name, stage, takenOn, tables, null, Map.of(), null, Map.of());
        }
        String mainActivity = leaves(runtime.getActivityInstance(main.getId())).get(0);
        ProcessInstance sub = runtime.createProcessInstanceQuery().superProcessInstanceId(main.getId()).singleResult();
        String subActivity = sub == null ? null : leaves(runtime.getActivityInstance(sub.getId())).get(0);
        return new CaseSnapshot(name, stage, takenOn, tables, mainActivity, runtime.getVariables(main.getId()), subActivity,
                sub == null ? Map.of() : runtime.getVariables(sub.getId()));
    }

    /** A copy standing at another activity of the main process, with another stage (e.g. sent back to the work-up). */
    CaseSnapshot at(String otherName, String otherStage, String otherMainActivity) {
        return new CaseSnapshot(otherName, otherStage, takenOn, tables, otherMainActivity, mainVariables, null, Map.of());
    }

    int rowCount() {
        return tables.values().stream().mapToInt(List::size).sum();
    }

    /** The innermost activities the instance waits in, ignoring the adverse-event and target-date timers of the whole case. */
    static List<String> leaves(ActivityInstance instance) {
        List<String> leaves = new ArrayList<>();
        collect(instance, leaves);
        return leaves;
    }

    private static void collect(ActivityInstance instance, List<String> leaves) {
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
            leaves.add(instance.getActivityId());
            return;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, leaves);
        }
        for (var transition : instance.getChildTransitionInstances()) {
            leaves.add(transition.getActivityId());
        }
    }

    private static List<Map<String, Object>> rows(Connection c, String table, String column, UUID id) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select * from app." + table + " where " + column + " = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i), value(rs, i, meta.getColumnTypeName(i)));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Object value(ResultSet rs, int i, String type) throws SQLException {
        return switch (type) {
            case "uuid" -> rs.getObject(i, UUID.class);
            case "date" -> rs.getObject(i, LocalDate.class);
            case "timestamptz" -> rs.getObject(i, OffsetDateTime.class);
            default -> rs.getString(i);
        };
    }
}
