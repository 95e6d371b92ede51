package org.ablationpath.followup.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.followup.LesionResponse;
import org.ablationpath.followup.SurveillanceImagingFacts;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Plain SQL over this module's tables: the registry reads many cases at once, and only a few columns of each. */
@Service
class JdbcSurveillanceImagingFacts implements SurveillanceImagingFacts {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcSurveillanceImagingFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, List<VisitImagingFact>> visitImagingOfCases(Collection<UUID> caseIds) {
        Map<UUID, List<VisitImagingFact>> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        // visits in date order, each visit's results together: a new visit id starts a new fact
        Map<UUID, Map<String, LesionResponse>> byVisit = new LinkedHashMap<>();
        Map<UUID, UUID> caseOfVisit = new HashMap<>();
        Map<UUID, LocalDate> dateOfVisit = new HashMap<>();
        jdbc.query("""
                select v.id, v.case_id, v.actual_date, r.tumor_id, r.response
                from app.follow_up_visit v join app.follow_up_lesion_result r on r.visit_id = v.id
                where v.case_id in (:ids) and v.status = 'DONE' and v.actual_date is not null
                order by v.case_id, v.actual_date, v.id, r.tumor_id""", Map.of("ids", caseIds), rs -> {
                    UUID visitId = rs.getObject(1, UUID.class);
                    caseOfVisit.put(visitId, rs.getObject(2, UUID.class));
                    dateOfVisit.put(visitId, rs.getObject(3, LocalDate.class));
                    byVisit.computeIfAbsent(visitId, id -> new LinkedHashMap<>())
                            .put(rs.getString(4), LesionResponse.valueOf(rs.getString(5)));
                });
        byVisit.forEach((visitId, responses) -> result.computeIfAbsent(caseOfVisit.get(visitId), id -> new ArrayList<>())
                .add(new VisitImagingFact(dateOfVisit.get(visitId), Map.copyOf(responses))));
        return result;
    }
}
