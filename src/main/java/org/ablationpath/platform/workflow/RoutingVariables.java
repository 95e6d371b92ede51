package org.ablationpath.platform.workflow;

/** Process variables a task form may set to route the pathway. */
public final class RoutingVariables {
    /** The board's decision code (pathway.md section 6). */
    public static final String DECISION_CODE = "decisionCode";
    /** The {@code CaseStage} name the decision leads to. */
    public static final String NEXT_STAGE = "nextStage";
    /** The board pre-authorised one re-ablation of residual tumour (pathway.md STG-04, STG-09); boolean. */
    public static final String RE_ABLATION_PRE_AUTHORISED = "reAblationPreAuthorised";
    /**
     * The day of the imaging or visit that detected residual tumour, new disease or progression and so may send the
     * case back to the board (a {@code java.util.Date} at the start of that day): TMR-05 counts from it, not from
     * the day the form was submitted (pathway.md 7.1, safety.md ALR-13).
     */
    public static final String DETECTION_DATE = "detectionDate";

    private RoutingVariables() {
    }
}
