package org.ablationpath.safety.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.safety.MortalityReviewFacts;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Plain SQL over this module's table, for the registry's many cases at once. */
@Service
class JdbcMortalityReviewFacts implements MortalityReviewFacts {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcMortalityReviewFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Boolean> procedureRelatedDeaths(Collection<UUID> caseIds) {
        Map<UUID, Boolean> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        jdbc.query("""
                select distinct on (case_id) case_id, procedure_related from app.mortality_review
                where case_id in (:ids) order by case_id, review_date desc, created_at desc""",
                Map.of("ids", caseIds),
                rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getBoolean(2));
                });
        return result;
    }
}
