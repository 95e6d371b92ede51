package org.ablationpath.patient.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.PatientHistorySource;
import org.ablationpath.platform.persistence.EntityHistory;
import org.ablationpath.platform.persistence.RecordChange;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The patient's own row, lesions and lab panels in the audit trail. */
@Component
class PatientRecordsHistory implements PatientHistorySource {

    private final EntityManager em;

    PatientRecordsHistory(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecordChange> historyOfPatient(UUID patientId) {
        List<RecordChange> history = new ArrayList<>(EntityHistory.of(em, PatientEntity.class, "Patient", AuditEntity.id().eq(patientId)));
        history.addAll(EntityHistory.of(em, LesionEntity.class, "Lesion", AuditEntity.property("patientId").eq(patientId)));
        history.addAll(EntityHistory.of(em, LabPanelEntity.class, "Lab panel", AuditEntity.property("patientId").eq(patientId)));
        return history;
    }
}
