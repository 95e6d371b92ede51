package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One post-ablation thyroid nodule volume with its volume reduction ratio (CALC-06, OUT-14; the case API's
 * {@code outcomes.vrr}). {@code success6m} is set on the reading that counts as the 6-month visit only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VrrReading(String tumorId, LocalDate date, BigDecimal volumeMl, BigDecimal vrrPct, Boolean success6m,
                         boolean regrowth) {
}
