package org.ablationpath.pathway.internal;

import java.time.ZoneId;
import java.util.Date;
import org.ablationpath.referral.CaseReferred;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the ablation pathway for a referred case inside the referral's transaction: either the case and its
 * process exist together, or neither does.
 */
@Component
class PathwayStarter {

    private final RuntimeService runtime;
    private final int referralToMdtDays;

    PathwayStarter(RuntimeService runtime, @Value("${ablationpath.pathway.referral-to-mdt-days}") int referralToMdtDays) {
        this.runtime = runtime;
        this.referralToMdtDays = referralToMdtDays;
    }

    @EventListener
    void on(CaseReferred referred) {
        // TMR-02: the board should discuss the case within this many days of the referral
        Date due = Date.from(referred.referralDate().plusDays(referralToMdtDays).atStartOfDay(ZoneId.systemDefault()).toInstant());
        runtime.createProcessInstanceByKey(ProcessVariables.PROCESS_KEY)
                .businessKey(referred.caseId().toString())
                .setVariable(ProcessVariables.CASE_ID, referred.caseId().toString())
                .setVariable(ProcessVariables.CENTER_ID, referred.centerId())
                .setVariable(ProcessVariables.BOARD_REVIEW_DUE, due)
                .execute();
    }
}
