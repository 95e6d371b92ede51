package org.ablationpath.platform.workflow;

/** Process variables a task form may set to route the pathway. */
public final class RoutingVariables {
    /** The board's decision code (pathway.md section 6). */
    public static final String DECISION_CODE = "decisionCode";
    /** The {@code CaseStage} name the decision leads to. */
    public static final String NEXT_STAGE = "nextStage";
    /** The board pre-authorised one re-ablation of residual tumour (pathway.md STG-04, STG-09); boolean. */
    public static final String RE_ABLATION_PRE_AUTHORISED = "reAblationPreAuthorised";

    private RoutingVariables() {
    }
}
