package org.ablationpath.safety.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.safety.AdverseEventFacts;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Plain SQL over this module's table, for the registry's many cases at once. */
@Service
class JdbcAdverseEventFacts implements AdverseEventFacts {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAdverseEventFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Set<UUID>> sessionsWithTerm(Collection<UUID> caseIds, String ctcaeTerm) {
        Map<UUID, Set<UUID>> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        jdbc.query("""
                select case_id, procedure_session_id from app.adverse_event
                where case_id in (:ids) and procedure_session_id is not null and lower(ctcae_term) = lower(:term)""",
                Map.of("ids", caseIds, "term", ctcaeTerm),
                rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
                });
        return result;
    }

    @Override
    public Map<UUID, Set<UUID>> sessionsWithMajorComplication(Collection<UUID> caseIds) {
        Map<UUID, Set<UUID>> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        jdbc.query("select case_id, procedure_session_id from app.adverse_event"
                        + " where case_id in (:ids) and procedure_session_id is not null and major_complication",
                Map.of("ids", caseIds),
                rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
                });
        return result;
    }
}
