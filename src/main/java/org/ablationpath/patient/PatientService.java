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

    /** Replaces the clinical status (the case document's patient block); identity fields are the caller's to check. */
    void updateClinicalStatus(UUID patientId, com.fasterxml.jackson.databind.JsonNode clinicalStatus);

    /**
     * Makes the case's tumours those given (matched by tumour key): known ones are revised, new ones added, and
     * tumours no longer listed are voided with the reason, never deleted. A voided tumour listed again is restored.
     */
    void reviseLesions(UUID patientId, UUID caseId, List<LesionRecord> lesions, String voidReason);

    void addLabPanel(UUID patientId, UUID caseId, LabPanelRecord panel);

    /** The case's current (not voided) tumours. */
    List<LesionRecord> lesionsOfCase(UUID caseId);

    /** The current tumours of several cases, by case (cases without tumours are absent). */
    java.util.Map<UUID, List<LesionRecord>> lesionsOfCases(java.util.Collection<UUID> caseIds);

    Optional<LabPanelRecord> latestLabsOfCase(UUID caseId);

    /** Every lab panel of the case, oldest sample first (the safety rules pick the pre-procedure baseline from them). */
    List<LabPanelRecord> labPanelsOfCase(UUID caseId);

    Map<UUID, String> pseudonyms(Collection<UUID> patientIds);
}
