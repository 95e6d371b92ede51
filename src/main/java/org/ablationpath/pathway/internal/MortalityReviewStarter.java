package org.ablationpath.pathway.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.ablationpath.safety.MortalityReviewDue;
import org.ablationpath.safety.SafetySettings;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * TMR-11: one {@code mortality-review} process per case (business key = case id), started in the transaction that
 * stores its first ALR-01 alert. A patient dies once: a later ALR-01 of the same case (the fatal adverse event
 * reported after the death, or a corrected death date) is the same death, which the one review covers. The task goes
 * to the roles safety.md's MDT chair and operator IR are mapped onto, and on breach to the quality lead's
 * ({@code ablationpath.safety.recipients}). A death does not end it; voiding the case does ({@link PathwayEnder}).
 */
@Component
class MortalityReviewStarter {

    static final String PROCESS_KEY = "mortality-review";
    static final String ALERT_ID = "alertId";
    static final String REVIEW_DUE = "mortalityReviewDue";
    static final String REVIEWER_GROUPS = "mortalityReviewGroups";
    static final String ESCALATION_GROUPS = "qualityLeadGroups";

    private final RuntimeService runtime;
    private final HistoryService history;
    private final SafetySettings safety;
    private final int reviewDays;

    MortalityReviewStarter(RuntimeService runtime, HistoryService history, SafetySettings safety,
                           @Value("${ablationpath.pathway.mortality-review-days:14}") int reviewDays) {
        this.runtime = runtime;
        this.history = history;
        this.safety = safety;
        this.reviewDays = reviewDays;
    }

    @EventListener
    void on(MortalityReviewDue due) {
        String caseId = due.caseId().toString();
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseId).count() > 0) {
            return;
        }
        LocalDate alertDay = LocalDate.ofInstant(due.raisedAt(), ZoneId.systemDefault());
        runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(caseId)
                .setVariable(ProcessVariables.CASE_ID, caseId)
                .setVariable(ProcessVariables.CENTER_ID, due.centerId())
                .setVariable(ALERT_ID, due.alertId().toString())
                .setVariable(REVIEW_DUE, PathwayTimers.startOf(alertDay.plusDays(reviewDays)))
                .setVariable(REVIEWER_GROUPS, String.join(",", safety.rolesOf(List.of("MDT_CHAIR", "OPERATOR_IR"))))
                .setVariable(ESCALATION_GROUPS, String.join(",", safety.rolesOf(List.of("QUALITY_LEAD"))))
                .execute();
    }
}
