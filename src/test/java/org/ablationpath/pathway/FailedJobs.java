package org.ablationpath.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A real job of a real case that fails: the board-review timer (TMR-02) of a freshly referred case, whose deviation
 * cannot be stored while the review process names a center that does not exist (a foreign-key violation in the
 * delegate, as a broken reference in production data would cause). The job is run until the engine raises the incident.
 */
public final class FailedJobs {

    public static final String NO_SUCH_CENTER = "NO-SUCH-CENTER";

    private FailedJobs() {
    }

    public static ProcessInstance boardReview(ProcessEngine engine, UUID caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("tumor-board-review")
                .processInstanceBusinessKey(caseId.toString()).singleResult();
    }

    public static Job reviewTimer(ProcessEngine engine, UUID caseId) {
        return engine.getManagementService().createJobQuery().processInstanceId(boardReview(engine, caseId).getId())
                .timers().singleResult();
    }

    /** Breaks the case's board-review timer and runs it until its retries are used up; returns the job id. */
    public static String failReviewTimer(ProcessEngine engine, UUID caseId) {
        ProcessInstance review = boardReview(engine, caseId);
        engine.getRuntimeService().setVariable(review.getId(), "centerId", NO_SUCH_CENTER);
        String jobId = reviewTimer(engine, caseId).getId();
        for (int attempt = 0; attempt < 10 && engine.getRuntimeService().createIncidentQuery().configuration(jobId).count() == 0; attempt++) {
            assertThat(catchThrowable(() -> engine.getManagementService().executeJob(jobId))).isNotNull();
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(jobId).count()).isEqualTo(1);
        return jobId;
    }

    /** Fixes what broke the timer (the review process names the case's center again). */
    public static void repair(ProcessEngine engine, UUID caseId, String centerId) {
        engine.getRuntimeService().setVariable(boardReview(engine, caseId).getId(), "centerId", centerId);
    }
}
