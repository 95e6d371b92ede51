package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * Latest lab values at the evaluation date (data dictionary 4.5). Analytes with accepted alternative units
 * (VAL-06) are {@link Measured}; INR and the enzymes have a single unit and are plain numbers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabData(
        String collectedDate,
        Measured plateletsE9L,
        Measured plateletsLlnE9L,
        BigDecimal inr,
        Measured bilirubinUmolL,
        Measured bilirubinUlnUmolL,
        Measured albuminGL,
        Measured creatinineUmolL,
        Measured creatinineUlnUmolL,
        Measured hemoglobinGL,
        Measured hemoglobinLlnGL,
        BigDecimal altUL,
        BigDecimal altUlnUL,
        BigDecimal astUL,
        BigDecimal astUlnUL) {
}
