package org.ablationpath.patient;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** Lab values of one sample date in canonical units (outcomes.md 4.5), with the context they were taken in. */
public record LabPanelRecord(LocalDate collectedDate, String context, JsonNode values) {
}
