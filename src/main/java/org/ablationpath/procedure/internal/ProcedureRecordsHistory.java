package org.ablationpath.procedure.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.PatientHistorySource;
import org.ablationpath.platform.persistence.EntityHistory;
import org.ablationpath.platform.persistence.RecordChange;
import org.ablationpath.referral.CaseDirectory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Checklists, sessions and applications of the patient's cases in the audit trail. */
@Component
class ProcedureRecordsHistory implements PatientHistorySource {

    private final EntityManager em;
    private final CaseDirectory cases;

    ProcedureRecordsHistory(EntityManager em, CaseDirectory cases) {
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
        changes.addAll(EntityHistory.of(em, ChecklistEntity.class, "Pre-procedure checklist",
                AuditEntity.property("caseId").in(caseIds)));
        changes.addAll(EntityHistory.of(em, SessionEntity.class, "Procedure session",
                AuditEntity.property("caseId").in(caseIds)));
        changes.addAll(EntityHistory.of(em, ApplicationEntity.class, "Ablation application",
                AuditEntity.property("caseId").in(caseIds)));
        return changes;
    }
}
