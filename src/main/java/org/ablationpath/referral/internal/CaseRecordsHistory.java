package org.ablationpath.referral.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.PatientHistorySource;
import org.ablationpath.platform.persistence.EntityHistory;
import org.ablationpath.platform.persistence.RecordChange;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The patient's cases (stage changes, decisions recorded on the case) in the audit trail. */
@Component
class CaseRecordsHistory implements PatientHistorySource {

    private final EntityManager em;

    CaseRecordsHistory(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordChange> historyOfPatient(UUID patientId) {
        return EntityHistory.of(em, CaseEntity.class, "Case", AuditEntity.property("patientId").eq(patientId));
    }
}
