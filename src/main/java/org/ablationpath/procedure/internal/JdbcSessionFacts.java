package org.ablationpath.procedure.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.procedure.Modality;
import org.ablationpath.procedure.SessionFacts;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Plain SQL over this module's tables: the registry reads many cases at once. */
@Service
class JdbcSessionFacts implements SessionFacts {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcSessionFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> casesWithSessions() {
        return jdbc.getJdbcTemplate().queryForList("select distinct case_id from app.procedure_session", UUID.class);
    }

    @Override
    public Map<UUID, Modality> firstModalities(Collection<UUID> caseIds) {
        Map<UUID, Modality> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        jdbc.query("""
                select distinct on (s.case_id) s.case_id, a.modality
                from app.procedure_session s join app.ablation_application a on a.procedure_id = s.id
                where s.case_id in (:ids) order by s.case_id, s.session_number, a.position""",
                Map.of("ids", caseIds),
                rs -> {
                    result.put(rs.getObject(1, UUID.class), Modality.valueOf(rs.getString(2)));
                });
        return result;
    }
}
