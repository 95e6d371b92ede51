package org.ablationpath.eligibility;

import java.util.List;
import java.util.Map;

/** Modality recommendation (MOD rules); empty until those rules exist. */
public record ModalityResult(List<String> preferred, List<String> acceptable, List<String> discouraged,
                             List<String> contraindicated, Map<String, ModalityResult> perTumor,
                             List<String> notes) {

    public static ModalityResult empty() {
        return new ModalityResult(List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
    }
}
