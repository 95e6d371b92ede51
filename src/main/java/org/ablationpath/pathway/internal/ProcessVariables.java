package org.ablationpath.pathway.internal;

/** Names of the few variables the pathway carries: ids and routing flags only, never clinical data. */
final class ProcessVariables {
    static final String PROCESS_KEY = "ablation-pathway";
    static final String CASE_ID = "caseId";
    static final String CENTER_ID = "centerId";
    static final String BOARD_REVIEW_DUE = "boardReviewDue";
    static final String ELIGIBILITY_STATUS = "eligibilityStatus";
    static final String DECISION_CODE = org.ablationpath.platform.workflow.RoutingVariables.DECISION_CODE;
    static final String NEXT_STAGE = org.ablationpath.platform.workflow.RoutingVariables.NEXT_STAGE;

    private ProcessVariables() {
    }
}
