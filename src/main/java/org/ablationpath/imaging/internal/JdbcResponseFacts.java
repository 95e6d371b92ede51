package org.ablationpath.imaging.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.imaging.ResponseFacts;
import org.ablationpath.imaging.TumorResponse;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Plain SQL over this module's tables: the registry reads many cases at once, and only a few columns of each. */
@Service
class JdbcResponseFacts implements ResponseFacts {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcResponseFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, List<StudyFact>> studiesOfCases(Collection<UUID> caseIds) {
        Map<UUID, List<StudyFact>> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        Map<String, Object> ids = Map.of("ids", caseIds);
        Map<UUID, Map<String, TumorResponse>> responses = new HashMap<>();
        jdbc.query("select study_id, tumor_id, response from app.tumor_assessment where case_id in (:ids) order by tumor_id",
                ids, rs -> {
                    responses.computeIfAbsent(rs.getObject(1, UUID.class), id -> new LinkedHashMap<>())
                            .put(rs.getString(2), TumorResponse.valueOf(rs.getString(3)));
                });
        jdbc.query("""
                select id, case_id, study_date, contrast, new_intra_organ_tumour, extra_organ_disease from app.imaging_study
                where case_id in (:ids) order by case_id, study_date desc, created_at desc""", ids, rs -> {
                    result.computeIfAbsent(rs.getObject(2, UUID.class), id -> new ArrayList<>()).add(new StudyFact(
                            rs.getObject(3, LocalDate.class), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6),
                            responses.getOrDefault(rs.getObject(1, UUID.class), Map.of())));
                });
        return result;
    }
}
