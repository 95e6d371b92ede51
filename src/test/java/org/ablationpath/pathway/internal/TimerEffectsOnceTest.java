package org.ablationpath.pathway.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.ablationpath.pathway.DeviationCode;
import org.ablationpath.pathway.PathwayDeviations;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job executor delivers a job at least once: the same due timer may run twice (a node whose lock expired while
 * it was still working). Its effect, the deviation, is stored once: one row per case, code and subject.
 */
@AblationPathTest
class TimerEffectsOnceTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RecordDeviationDelegate recordDeviation;
    @Autowired
    PathwayDeviations deviations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameDueTimerRunTwiceRecordsOneDeviation() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("ONCE")));
        String review = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("tumor-board-review")
                .processInstanceBusinessKey(caseId.toString()).singleResult().getId();
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(review).timers().singleResult();

        List<Object> recorded = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            // what the timer job's transaction does, twice for the same job (each run commits)
            recorded.add(commands().execute(context -> {
                context.setCurrentJob(context.getDbEntityManager().selectById(JobEntity.class, timer.getId()));
                ExecutionEntity execution = context.getExecutionManager().findExecutionById(timer.getExecutionId());
                execution.setVariableLocal(ProcessVariables.DEVIATION_CODE, DeviationCode.BOARD_REVIEW_OVERDUE.name());
                recordDeviation.execute(execution);
                return execution.getVariable(ProcessVariables.DEVIATION_ID);
            }));
        }

        assertThat(recorded.get(1)).isEqualTo(recorded.get(0));
        assertThat(jdbc.queryForObject("select count(*) from app.pathway_deviation where case_id = ?", Long.class, caseId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select subject from app.pathway_deviation where case_id = ?", String.class, caseId))
                .isEqualTo("job:" + timer.getId());
    }

    @Test
    void theSameSubjectIsStoredOnceAndDifferentSubjectsOrNoneAreKept() {
        UUID caseId = TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("ONCE")));

        UUID first = deviations.record(caseId, "C01", DeviationCode.VISIT_MISSED, "visit:1");
        UUID again = deviations.record(caseId, "C01", DeviationCode.VISIT_MISSED, "visit:1");
        UUID otherVisit = deviations.record(caseId, "C01", DeviationCode.VISIT_MISSED, "visit:2");
        UUID otherCode = deviations.record(caseId, "C01", DeviationCode.RESPONSE_IMAGING_MISSED, "visit:1");
        deviations.record(caseId, "C01", DeviationCode.WORKUP_OVERDUE);
        deviations.record(caseId, "C01", DeviationCode.WORKUP_OVERDUE);

        assertThat(again).isEqualTo(first);
        assertThat(otherVisit).isNotEqualTo(first);
        assertThat(otherCode).isNotEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from app.pathway_deviation where case_id = ?", Long.class, caseId)).isEqualTo(5);
    }

    private org.camunda.bpm.engine.impl.interceptor.CommandExecutor commands() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }
}
