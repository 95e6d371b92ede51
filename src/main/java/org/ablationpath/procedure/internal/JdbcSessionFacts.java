package org.ablationpath.procedure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.procedure.IntentType;
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

    @Override
    public Map<UUID, List<SessionFact>> sessionsOfCases(Collection<UUID> caseIds) {
        Map<UUID, List<SessionFact>> result = new HashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        // one row per application (or one for a session without any), in session and application order
        Map<UUID, SessionRows> sessions = new LinkedHashMap<>();
        jdbc.query("""
                select s.id, s.case_id, s.procedure_date, s.intent_type, a.tumor_id,
                       coalesce((s.technical_success ->> a.tumor_id)::boolean, false) as succeeded
                from app.procedure_session s left join app.ablation_application a on a.procedure_id = s.id
                where s.case_id in (:ids) order by s.case_id, s.session_number, a.position""",
                Map.of("ids", caseIds),
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    SessionRows session = sessions.get(id);
                    if (session == null) {
                        session = new SessionRows(id, rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
                                IntentType.valueOf(rs.getString(4)));
                        sessions.put(id, session);
                    }
                    String tumorId = rs.getString(5);
                    if (tumorId != null) {
                        session.success.put(tumorId, rs.getBoolean(6));
                    }
                });
        for (SessionRows s : sessions.values()) {
            result.computeIfAbsent(s.caseId, id -> new ArrayList<>()).add(new SessionFact(s.id, s.date, s.intentType,
                    List.copyOf(s.success.keySet()), Collections.unmodifiableMap(s.success)));
        }
        return result;
    }

    /** A session while its application rows are read: each treated tumour once, in application order. */
    private static final class SessionRows {
        final UUID id;
        final UUID caseId;
        final LocalDate date;
        final IntentType intentType;
        final Map<String, Boolean> success = new LinkedHashMap<>();

        SessionRows(UUID id, UUID caseId, LocalDate date, IntentType intentType) {
            this.id = id;
            this.caseId = caseId;
            this.date = date;
            this.intentType = intentType;
        }
    }
}
