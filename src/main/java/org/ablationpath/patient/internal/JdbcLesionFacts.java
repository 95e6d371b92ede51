package org.ablationpath.patient.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.patient.LesionFacts;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Plain SQL over the lesions: the registry reads many cases at once and needs none of a lesion's details. */
@Service
class JdbcLesionFacts implements LesionFacts {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcLesionFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, List<LesionFact>> lesionsOfCases(Collection<UUID> caseIds) {
        Map<UUID, List<LesionFact>> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        jdbc.query("""
                select case_id, tumor_key, organ, histology from app.lesion
                where case_id in (:ids) and voided_at is null order by case_id, tumor_key""", Map.of("ids", caseIds), rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new LesionFact(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return result;
    }
}
