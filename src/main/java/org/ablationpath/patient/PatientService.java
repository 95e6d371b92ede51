package org.ablationpath.patient;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Patients, lesions and lab panels. Callers pass center-scoped ids; center checks happen in the case services. */
public interface PatientService {

    /** Registers the patient, or updates the clinical status of the one already known under this pseudonym in the center. */
    UUID registerOrUpdate(PatientRegistration registration);

    Optional<PatientRecord> find(UUID patientId);

    Optional<PatientRecord> findByPseudonym(String centerId, String pseudonym);

    void addLesions(UUID patientId, UUID caseId, List<LesionRecord> lesions);

    void addLabPanel(UUID patientId, UUID caseId, LabPanelRecord panel);

    List<LesionRecord> lesionsOfCase(UUID caseId);

    Optional<LabPanelRecord> latestLabsOfCase(UUID caseId);

    Map<UUID, String> pseudonyms(Collection<UUID> patientIds);
}
