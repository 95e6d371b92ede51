package org.ablationpath.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.ablationpath.platform.persistence.RecordChange;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of a patient, newest first: every change of their clinical records with before and after,
 * and every read. For administrators and data managers only; looking at the trail is itself logged.
 */
@Service
public class AuditTrail {

    private final List<PatientHistorySource> sources;
    private final AccessLog accessLog;

    AuditTrail(List<PatientHistorySource> sources, AccessLog accessLog) {
        this.sources = sources;
        this.accessLog = accessLog;
    }

    @Secured({"ROLE_" + Roles.ADMIN, "ROLE_" + Roles.DATA_MANAGER})
    @Transactional
    public List<RecordChange> ofPatient(UUID patientId, String centerId) {
        List<RecordChange> trail = new ArrayList<>();
        sources.forEach(source -> trail.addAll(source.historyOfPatient(patientId)));
        trail.addAll(accessLog.readsOfPatient(patientId));
        trail.sort(Comparator.comparing(RecordChange::at).reversed());
        accessLog.patientRecordRead(patientId, null, centerId, "VIEW_AUDIT_TRAIL");
        return trail;
    }
}
