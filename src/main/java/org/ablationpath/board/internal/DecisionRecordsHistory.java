package org.ablationpath.board.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.PatientHistorySource;
import org.ablationpath.platform.persistence.EntityHistory;
import org.ablationpath.platform.persistence.RecordChange;
import org.ablationpath.referral.CaseDirectory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The board decisions on the patient's cases, and what became of them, in the audit trail. */
@Component
class DecisionRecordsHistory implements PatientHistorySource {

    private final EntityManager em;
    private final CaseDirectory cases;

    DecisionRecordsHistory(EntityManager em, CaseDirectory cases) {
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
        List<RecordChange> history = new java.util.ArrayList<>(
                EntityHistory.of(em, BoardDecisionEntity.class, "Board decision", AuditEntity.property("caseId").in(caseIds)));
        history.addAll(EntityHistory.of(em, SubsequentTreatmentEntity.class, "Subsequent treatment",
                AuditEntity.property("caseId").in(caseIds)));
        return history;
    }
}
