package org.ablationpath.board.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.board.DecisionFacts;
import org.ablationpath.board.Intent;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Plain SQL over this module's decisions: the registry reads many cases at once, and only a few columns of each. */
@Service
class JdbcDecisionFacts implements DecisionFacts {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcDecisionFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, List<DecisionFact>> decisionsOfCases(Collection<UUID> caseIds) {
        Map<UUID, List<DecisionFact>> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        jdbc.query("""
                select case_id, decided_at, intent, concordant from app.board_decision
                where case_id in (:ids) order by case_id, decided_at""", Map.of("ids", caseIds), rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(new DecisionFact(
                            rs.getObject(2, OffsetDateTime.class).toInstant(), Intent.valueOf(rs.getString(3)),
                            rs.getBoolean(4)));
                });
        return result;
    }
}
