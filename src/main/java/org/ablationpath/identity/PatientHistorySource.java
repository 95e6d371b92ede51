package org.ablationpath.identity;

import java.util.List;
import java.util.UUID;
import org.ablationpath.platform.persistence.RecordChange;

/** A module's audited records of one patient (its Envers history); the audit trail collects all sources. */
public interface PatientHistorySource {
    List<RecordChange> historyOfPatient(UUID patientId);
}
