package org.ablationpath.board;

import java.util.Set;

/**
 * Concordance of a board decision with the engine's status (pathway.md STG-04): ablation with ELIGIBLE or CAUTION,
 * or another option with NOT_ELIGIBLE. Anything else is an override that needs a reason; ablation against
 * NOT_ELIGIBLE or DISCUSS also needs the chair.
 */
public final class Concordance {

    /** pathway.md STG-04: an override reason has at least this many characters. */
    public static final int MIN_OVERRIDE_REASON_LENGTH = 20;

    private static final Set<String> ABLATION_SUPPORTED = Set.of("ELIGIBLE", "CAUTION");
    private static final Set<String> CHAIR_REQUIRED_FOR_ABLATION = Set.of("NOT_ELIGIBLE", "DISCUSS");

    private Concordance() {
    }

    public static boolean concordant(DecisionCode decision, String engineStatus) {
        return concordant(decision.ablative(), engineStatus);
    }

    public static boolean requiresChair(DecisionCode decision, String engineStatus) {
        return requiresChair(decision.ablative(), engineStatus);
    }

    /** As {@link #concordant(DecisionCode, String)} for a decision known to be ablative or not (a trial's arm). */
    public static boolean concordant(boolean ablative, String engineStatus) {
        if (engineStatus == null) {
            return false;
        }
        return ablative ? ABLATION_SUPPORTED.contains(engineStatus) : "NOT_ELIGIBLE".equals(engineStatus);
    }

    public static boolean requiresChair(boolean ablative, String engineStatus) {
        return ablative && (engineStatus == null || CHAIR_REQUIRED_FOR_ABLATION.contains(engineStatus));
    }
}
