package org.ablationpath.followup.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.DiseaseEventType;
import org.ablationpath.followup.FollowUpFacts;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.followup.VitalStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Plain SQL over this module's tables, for the outcomes registry. */
@Service
class JdbcFollowUpFacts implements FollowUpFacts {

    private final JdbcTemplate jdbc;

    JdbcFollowUpFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DiseaseEventFact> diseaseEvents(UUID caseId) {
        return jdbc.query("""
                select event_type, tumor_id, detection_date from app.follow_up_disease_event
                where case_id = ? order by detection_date""",
                (rs, i) -> new DiseaseEventFact(DiseaseEventType.valueOf(rs.getString(1)), rs.getString(2),
                        date(rs.getDate(3))), caseId);
    }

    @Override
    public Optional<VitalStatusFact> vitalStatus(UUID caseId) {
        return jdbc.query("""
                select status, last_contact_date, death_date, cause_of_death from app.vital_status where case_id = ?
                order by (death_date is not null) desc, last_contact_date desc, created_at desc limit 1""",
                (rs, i) -> new VitalStatusFact(VitalStatus.valueOf(rs.getString(1)), date(rs.getDate(2)),
                        date(rs.getDate(3)), rs.getString(4) == null ? null : CauseOfDeath.valueOf(rs.getString(4))),
                caseId).stream().findFirst();
    }

    @Override
    public List<GridVisitFact> gridVisits(UUID caseId) {
        return jdbc.query("""
                select grid_label, target_date, window_start, window_end, actual_date, status from app.follow_up_visit
                where case_id = ? order by target_date""",
                (rs, i) -> new GridVisitFact(rs.getString(1), date(rs.getDate(2)), date(rs.getDate(3)),
                        date(rs.getDate(4)), date(rs.getDate(5)), VisitStatus.valueOf(rs.getString(6))), caseId);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
