package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Derived values stored with the case; scores (Child-Pugh, ALBI, Milan, BCLC, CNLC) are not computed yet. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComputedData(Integer ageYears, TimersData timers) {
}
