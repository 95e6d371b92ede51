package org.ablationpath.patient;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** One tumour of a case; {@code details} carries the organ-specific fields of the data dictionary (4.6). */
public record LesionRecord(String tumorKey, String organ, String histology, BigDecimal maxDiameterMm, JsonNode details) {
}
