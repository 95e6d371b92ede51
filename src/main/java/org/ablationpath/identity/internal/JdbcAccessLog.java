package org.ablationpath.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.database.IndependentWrites;
import org.ablationpath.platform.persistence.RecordChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to app.access_log (the table refuses updates and deletes). Each row commits on its own pool
 * ({@link IndependentWrites}): screens read in read-only transactions, and a read is logged even if the page then
 * fails. The reads of one transaction are written together, as one statement, before it commits (before anything it
 * read leaves the server); a case page's dozen sections or a worklist page's fifty rows cost one round trip, not one
 * each (issue 9).
 */
@Service
class JdbcAccessLog implements AccessLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcAccessLog.class);
    private static final String INSERT = "insert into app.access_log (accessed_at, username, center_id, patient_id, case_id, action, channel) values ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?)";
    /** Rows per statement, and the most a transaction holds before writing (a registry export reads thousands). */
    static final int ROWS_PER_WRITE = 500;

    private final JdbcTemplate jdbc;
    private final IndependentWrites independent;
    private final CurrentUser currentUser;

    JdbcAccessLog(JdbcTemplate jdbc, IndependentWrites independent, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.independent = independent;
        this.currentUser = currentUser;
    }

    /** One row of the log, its time taken when the record was read. */
    private record Read(Timestamp at, String username, String centerId, UUID patientId, UUID caseId, String action,
                        String channel) {
    }

    @Override
    public void patientRecordRead(UUID patientId, UUID caseId, String centerId, String action) {
        Read read = new Read(Timestamp.from(Instant.now()), currentUser.username(), centerId, patientId, caseId, action, channel());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(read));
            return;
        }
        PendingReads pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingReads.class::isInstance).map(PendingReads.class::cast).findFirst()
                .orElseGet(() -> {
                    PendingReads fresh = new PendingReads();
                    TransactionSynchronizationManager.registerSynchronization(fresh);
                    return fresh;
                });
        pending.add(read);
    }

    private void write(List<Read> reads) {
        for (int from = 0; from < reads.size(); from += ROWS_PER_WRITE) {
            List<Read> chunk = reads.subList(from, Math.min(reads.size(), from + ROWS_PER_WRITE));
            List<Object> args = new ArrayList<>(chunk.size() * 7);
            for (Read read : chunk) {
                args.addAll(Arrays.asList(read.at(), read.username(), read.centerId(), read.patientId(),
                        read.caseId(), read.action(), read.channel()));
            }
            independent.update(INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW)), args.toArray());
        }
    }

    /**
     * The reads of the current transaction (each transaction, also a suspended outer one, has its own). Written before
     * the transaction commits: if the log cannot be written, the commit fails and so does the page or call. On a
     * rollback they are written afterwards, as far as possible: part of the page may already have been shown.
     */
    private final class PendingReads implements TransactionSynchronization {

        private final List<Read> reads = new ArrayList<>();

        void add(Read read) {
            reads.add(read);
            if (reads.size() >= ROWS_PER_WRITE) {
                writePending();
            }
        }

        private void writePending() {
            List<Read> batch = List.copyOf(reads);
            reads.clear();
            write(batch);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            writePending();
        }

        @Override
        public void afterCompletion(int status) {
            int left = reads.size();
            if (left > 0) {
                try {
                    writePending();
                } catch (RuntimeException e) {
                    log.error("Could not write {} read(s) of patient records to the access log after a rollback", left, e);
                }
            }
        }
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
