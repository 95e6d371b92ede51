package org.ablationpath.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every foreign key of the application's schema has an index leading with its column (V23): rows are looked up by
 * them, and an unindexed one turns such a lookup into a sequential scan that grows with the registry. Exempt, as V23
 * explains: center_id and the audit tables' rev. The same for every uuid column that names another row
 * ({@code *_id}), foreign key or not: follow_up_visit.grid_id names no table, yet each response assessment looked its
 * grid's visits up by it, 104 ms per call on 100,000 patients (V24). Audit tables are read by id and revision.
 */
@AblationPathTest
class ForeignKeyIndexesTest {

    /** uuid reference columns read with their row, which is found by another, indexed column (the comment says which). */
    private static final Set<String> NOT_LOOKED_UP_BY = Set.of(
            "app.access_log.case_id", // by patient (access_log_patient)
            "app.adverse_event.procedure_session_id", // with case_id, which is indexed
            "app.follow_up_contact_attempt.case_id", // by visit
            "app.follow_up_lesion_result.case_id", // by visit
            "app.follow_up_visit.miss_deviation_id", // with its visit
            "app.follow_up_visit_adverse_event.adverse_event_id", // by visit
            "app.follow_up_visit_adverse_event.case_id", // by visit
            "app.imaging_study.session_id", // by case
            "app.registry_case.evaluation_id"); // by case

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyForeignKeyColumnLeadsAnIndex() {
        List<String> unindexed = jdbc.queryForList("""
                select c.conrelid::regclass || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and c.connamespace = 'app'::regnamespace
                  and a.attname not in ('center_id', 'rev')
                  and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                order by 1""", String.class);

        assertThat(unindexed).as("foreign key columns without an index leading with them").isEmpty();
    }

    @Test
    void everyUuidReferenceColumnLeadsAnIndex() {
        List<String> unindexed = jdbc.queryForList("""
                select a.attrelid::regclass || '.' || a.attname
                from pg_attribute a
                join pg_class t on t.oid = a.attrelid and t.relkind = 'r' and t.relnamespace = 'app'::regnamespace
                where a.attnum > 0 and not a.attisdropped and a.atttypid = 'uuid'::regtype and a.attname like '%\\_id'
                  and t.relname not like '%\\_aud'
                  and not exists (select 1 from pg_index i where i.indrelid = a.attrelid and i.indkey[0] = a.attnum)
                order by 1""", String.class).stream().filter(column -> !NOT_LOOKED_UP_BY.contains(column)).toList();

        assertThat(unindexed).as("uuid reference columns without an index leading with them").isEmpty();
    }

    @Test
    void theCheckSeesTheSchemasForeignKeys() {
        Integer foreignKeys = jdbc.queryForObject(
                "select count(*) from pg_constraint where contype = 'f' and connamespace = 'app'::regnamespace", Integer.class);

        assertThat(foreignKeys).isGreaterThan(20);
    }
}
