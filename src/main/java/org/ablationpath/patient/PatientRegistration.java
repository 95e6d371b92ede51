package org.ablationpath.patient;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** What is needed to register a patient in a center, or to match one already registered there. */
public record PatientRegistration(String centerId, String pseudonym, String sex, LocalDate birthDate, JsonNode clinicalStatus) {
}
