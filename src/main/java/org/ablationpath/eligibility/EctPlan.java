package org.ablationpath.eligibility;

/**
 * Electrochemotherapy plan of ECT-02 (catalogue section 13): {@code drugRoute} INTRATUMOURAL or INTRAVENOUS
 * (bleomycin), {@code anaesthesia} LOCAL or GENERAL. Present in the answer only when electrochemotherapy applies
 * (ECT-01 fired and the nodule count is known).
 */
public record EctPlan(String drugRoute, String anaesthesia) {
}
