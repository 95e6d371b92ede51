package org.ablationpath.followup.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.PatientHistorySource;
import org.ablationpath.platform.persistence.EntityHistory;
import org.ablationpath.platform.persistence.RecordChange;
import org.ablationpath.referral.CaseDirectory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The follow-up records of the patient's cases in the audit trail. */
@Component
class FollowUpRecordsHistory implements PatientHistorySource {

    private final EntityManager em;
    private final CaseDirectory cases;

    FollowUpRecordsHistory(EntityManager em, CaseDirectory cases) {
        this.em = em;
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordChange> historyOfPatient(UUID patientId) {
        List<UUID> caseIds = cases.caseIdsOfPatient(patientId);
        if (caseIds.isEmpty()) {
            return List.of();
        }
        List<RecordChange> changes = new ArrayList<>();
        changes.addAll(EntityHistory.of(em, FollowUpVisitEntity.class, "Follow-up visit", AuditEntity.property("caseId").in(caseIds)));
        changes.addAll(EntityHistory.of(em, CaseFollowUpEntity.class, "Case follow-up", AuditEntity.property("caseId").in(caseIds)));
        changes.addAll(EntityHistory.of(em, DaySevenCallEntity.class, "Day-7 call", AuditEntity.property("caseId").in(caseIds)));
        changes.addAll(EntityHistory.of(em, DiseaseEventEntity.class, "Disease event", AuditEntity.property("caseId").in(caseIds)));
        changes.addAll(EntityHistory.of(em, VitalStatusEntity.class, "Vital status", AuditEntity.property("caseId").in(caseIds)));
        changes.addAll(EntityHistory.of(em, EndOfFollowUpEntity.class, "End of follow-up", AuditEntity.property("caseId").in(caseIds)));
        changes.sort(Comparator.comparing(RecordChange::at));
        return changes;
    }
}
