package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Derived values stored with the case (catalogue section 3): Child-Pugh, ALBI, Milan ("IN"/"OUT"), BCLC
 * ("0", "A" … "D"), CNLC ("Ia" … "IV"), age in completed years, pathway timers. A score is absent when its inputs
 * are missing, and the scores are absent for an INVALID case.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComputedData(ChildPughData childPugh, AlbiData albi, String milan, String bclc, String cnlc,
                           Integer ageYears, TimersData timers) {

    public ComputedData(Integer ageYears, TimersData timers) {
        this(null, null, null, null, null, ageYears, timers);
    }
}
