package org.ablationpath.eligibility;

import java.util.List;
import java.util.Map;

/**
 * Modality recommendation (catalogue section 15): patient-level lists (union across tumours, best list wins,
 * contraindicated always wins), the lists per tumour (key: tumorId, or {@code tumors[i]} without one) and notes.
 */
public record ModalityResult(List<String> preferred, List<String> acceptable, List<String> discouraged,
                             List<String> contraindicated, Map<String, ModalityResult> perTumor,
                             List<String> notes) {

    public static ModalityResult empty() {
        return new ModalityResult(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
    }
}
