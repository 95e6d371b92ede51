package org.ablationpath.pathway.internal;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of the variables the pathway carries: ids, dates its timers need and routing flags, never clinical data. */
final class ProcessVariables {
    static final String PROCESS_KEY = "ablation-pathway";
    static final String CASE_ID = "caseId";
    static final String CENTER_ID = "centerId";
    static final String BOARD_REVIEW_DUE = "boardReviewDue";
    static final String FIRST_TREATMENT_DUE = "firstTreatmentDue";
    static final String FIRST_TREATMENT_IN_TIME = "firstTreatmentInTime";
    static final String TREATMENT_DUE = "treatmentDue";
    static final String ELIGIBILITY_STATUS = "eligibilityStatus";
    static final String DECISION_CODE = org.ablationpath.platform.workflow.RoutingVariables.DECISION_CODE;
    static final String NEXT_STAGE = org.ablationpath.platform.workflow.RoutingVariables.NEXT_STAGE;
    static final String NEW_CONTRAINDICATION = "newContraindication";
    static final String PROCEDURE_FORM_DUE = "procedureFormDue";
    static final String DAY7_CALL_DATE = "day7CallDate";
    static final String DAY7_CALL_DUE = "day7CallDue";
    static final String RESPONSE_IMAGING_REQUIRED = "responseImagingRequired";
    static final String RESPONSE_WINDOW_START = "responseWindowStart";
    static final String RESPONSE_DUE = "responseDue";
    static final String RESPONSE_WINDOW_CLOSES = "responseWindowCloses";
    static final String VISIT_PLANNED = "visitPlanned";
    static final String VISIT_ID = "visitId";
    static final String VISIT_WINDOW_START = "visitWindowStart";
    static final String VISIT_TARGET = "visitTarget";
    static final String VISIT_WINDOW_CLOSES = "visitWindowCloses";
    // no visit left but a treated organ without a published schedule (pathway.md 7.4): the operator decides, not END-04
    static final String SCHEDULE_MISSING = "scheduleMissing";
    static final String INDICATIONS_WITHOUT_SCHEDULE = "indicationsWithoutSchedule";
    static final String DEVIATION_CODE = "deviationCode";
    static final String DEVIATION_ID = "deviationId";
    static final String END_REASON = "endReason";
    static final String ADVERSE_EVENT_ID = "adverseEventId";
    // ALR-11 watch of a response window met by imaging without contrast (local to its event sub-process)
    static final String CONTRAST_WATCH_VISITS = "contrastWatchVisits";
    static final String CONTRAST_WATCH_CLOSES = "contrastWatchCloses";
    static final String CONTRAST_IMAGING_IN_WINDOW = "contrastImagingInWindow";
    static final String VISITS_WITHOUT_CONTRAST = "visitsWithoutContrast";

    private ProcessVariables() {
    }

    static UUID caseId(VariableScope execution) {
        return UUID.fromString((String) execution.getVariable(CASE_ID));
    }

    static String centerId(VariableScope execution) {
        return (String) execution.getVariable(CENTER_ID);
    }
}
