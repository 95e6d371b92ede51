package org.ablationpath.imaging;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a response assessment means for the pathway (pathway.md STG-09 gateway), most urgent first: new disease,
 * residual tumour, a measured margin below its target (safety.md ALR-14), an equivocal or not evaluable tumour,
 * otherwise complete. Pure: the caller supplies each tumour's margin target, none where no target is published.
 */
public final class ResponseRouting {

    private ResponseRouting() {
    }

    /** A tumour as the routing sees it; {@code marginTargetMm} null when no target is published for its histology. */
    public record AssessedTumor(TumorResponse response, BigDecimal minimalMarginMm, BigDecimal marginTargetMm) {
    }

    public static ResponseFinding finding(boolean newIntraOrganTumour, boolean extraOrganDisease, List<AssessedTumor> tumors) {
        if (newIntraOrganTumour || extraOrganDisease) {
            return ResponseFinding.NEW_DISEASE;
        }
        if (tumors.stream().anyMatch(t -> t.response() == TumorResponse.RESIDUAL_VIABLE)) {
            return ResponseFinding.RESIDUAL;
        }
        if (tumors.stream().anyMatch(t -> belowTarget(t.minimalMarginMm(), t.marginTargetMm()))) {
            return ResponseFinding.MARGIN_BELOW_TARGET;
        }
        if (tumors.stream().anyMatch(t -> t.response() == TumorResponse.EQUIVOCAL || t.response() == TumorResponse.NOT_EVALUABLE)) {
            return ResponseFinding.EQUIVOCAL;
        }
        return ResponseFinding.COMPLETE;
    }

    /** A measured margin strictly below a published target (a margin exactly at the target meets it). */
    public static boolean belowTarget(BigDecimal minimalMarginMm, BigDecimal marginTargetMm) {
        return minimalMarginMm != null && marginTargetMm != null && minimalMarginMm.compareTo(marginTargetMm) < 0;
    }
}
