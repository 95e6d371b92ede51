package org.ablationpath.patient;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A patient as other modules see it. {@code clinicalStatus} holds the patient block of the case document
 * (ECOG, devices, medication, liver status…) exactly as validated by the eligibility rules.
 */
public record PatientRecord(UUID id, String centerId, String pseudonym, String sex, LocalDate birthDate, JsonNode clinicalStatus) {
}
