package org.ablationpath.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every foreign key of the application's schema has an index leading with its column (V23): rows are looked up by
 * them, and an unindexed one turns such a lookup into a sequential scan that grows with the registry. Exempt, as V23
 * explains: center_id and the audit tables' rev.
 */
@AblationPathTest
class ForeignKeyIndexesTest {

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
    void theCheckSeesTheSchemasForeignKeys() {
        Integer foreignKeys = jdbc.queryForObject(
                "select count(*) from pg_constraint where contype = 'f' and connamespace = 'app'::regnamespace", Integer.class);

        assertThat(foreignKeys).isGreaterThan(20);
    }
}
