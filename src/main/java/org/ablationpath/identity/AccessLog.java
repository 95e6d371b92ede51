package org.ablationpath.identity;

import java.util.List;
import java.util.UUID;
import org.ablationpath.platform.persistence.RecordChange;

/** Logs every read of a patient record: who, when, which patient and case, what, through screen or API. */
public interface AccessLog {

    void patientRecordRead(UUID patientId, UUID caseId, String centerId, String action);

    List<RecordChange> readsOfPatient(UUID patientId);
}
