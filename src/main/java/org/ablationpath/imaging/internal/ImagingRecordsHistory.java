package org.ablationpath.imaging.internal;

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

/** The response imaging studies and tumour assessments of the patient's cases in the audit trail. */
@Component
class ImagingRecordsHistory implements PatientHistorySource {

    private final EntityManager em;
    private final CaseDirectory cases;

    ImagingRecordsHistory(EntityManager em, CaseDirectory cases) {
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
        List<RecordChange> changes = new ArrayList<>(EntityHistory.of(em, ImagingStudyEntity.class, "Imaging study",
                AuditEntity.property("caseId").in(caseIds)));
        changes.addAll(EntityHistory.of(em, TumorAssessmentEntity.class, "Tumour assessment",
                AuditEntity.property("caseId").in(caseIds)));
        changes.sort(Comparator.comparing(RecordChange::at));
        return changes;
    }
}
