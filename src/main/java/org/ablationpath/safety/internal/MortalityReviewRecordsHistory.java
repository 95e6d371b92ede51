package org.ablationpath.safety.internal;

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

/** The M&M reviews of the patient's cases (TMR-11) in the audit trail. */
@Component
class MortalityReviewRecordsHistory implements PatientHistorySource {

    private final EntityManager em;
    private final CaseDirectory cases;

    MortalityReviewRecordsHistory(EntityManager em, CaseDirectory cases) {
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
        return EntityHistory.of(em, MortalityReviewEntity.class, "Morbidity and mortality review",
                AuditEntity.property("caseId").in(caseIds));
    }
}
