package org.ablationpath.followup;

import java.util.List;

/**
 * A treated organ (with its histologies) that no configured schedule of pathway.md 7.4 covers, e.g. organ OTHER or an
 * indeterminate thyroid nodule: its follow-up is the operator's decision, never END-04 (pathway.md section 8).
 */
public record UnscheduledIndication(String organ, List<String> histologies) {

    public UnscheduledIndication {
        histologies = histologies == null ? List.of() : List.copyOf(histologies);
    }

    /** The organ and its histologies, as shown to the physician: "THYROID (INDETERMINATE_THYROID_NODULE)". */
    public String label() {
        return histologies.isEmpty() ? organ : organ + " (" + String.join(", ", histologies) + ")";
    }
}
