package org.ablationpath.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.database.IndependentWrites;
import org.ablationpath.platform.persistence.RecordChange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Appends to app.access_log (the table refuses updates and deletes). */
@Service
class JdbcAccessLog implements AccessLog {

    private final JdbcTemplate jdbc;
    private final IndependentWrites independent;
    private final CurrentUser currentUser;

    JdbcAccessLog(JdbcTemplate jdbc, IndependentWrites independent, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.independent = independent;
        this.currentUser = currentUser;
    }

    @Override
    // committed on its own: screens read in read-only transactions, and a read is logged even if the page then fails
    public void patientRecordRead(UUID patientId, UUID caseId, String centerId, String action) {
        independent.update("insert into app.access_log (accessed_at, username, center_id, patient_id, case_id, action, channel) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()), currentUser.username(), centerId, patientId, caseId, action, channel());
    }

    @Override
    public List<RecordChange> readsOfPatient(UUID patientId) {
        return jdbc.query("select accessed_at, username, case_id, action, channel from app.access_log "
                        + "where patient_id = ? order by accessed_at desc",
                (rs, i) -> new RecordChange(rs.getTimestamp("accessed_at").toInstant(), rs.getString("username"),
                        "Read (" + rs.getString("channel") + ")",
                        rs.getString("case_id") == null ? patientId.toString() : rs.getString("case_id"),
                        "READ " + rs.getString("action"), Map.of()),
                patientId);
    }

    /** API calls come in under /api; everything else is the screens. */
    private static String channel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRequestURI() != null && request.getRequestURI().startsWith("/api/") ? "API" : "UI";
        }
        return "SYSTEM";
    }
}
