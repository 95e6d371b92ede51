package org.ablationpath.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.VitalStatus;
import org.ablationpath.followup.VitalStatusCheckForm;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.safety.DeathRecorded;
import org.junit.jupiter.api.Test;

/** A death recorded at the vital status check goes to the safety rules (ALR-01); a patient alive does not. */
class VitalStatusDeathEventTest {

    private final List<Object> published = new ArrayList<>();
    private final VitalStatusCheckHandler handler = new VitalStatusCheckHandler(mock(VitalStatusRepository.class),
            mock(FollowUpSchedule.class), Clock.fixed(Instant.parse("2026-06-05T12:00:00Z"), ZoneOffset.UTC), published::add);

    @Test
    void aDeathPublishesDeathRecordedWithItsDate() {
        UUID caseId = UUID.randomUUID();

        handler.submit(task(caseId, "t1"), form(VitalStatus.DEAD, LocalDate.of(2026, 6, 1)));
        handler.submit(task(caseId, "t2"), form(VitalStatus.ALIVE, null));

        assertThat(published.stream().filter(DeathRecorded.class::isInstance))
                .containsExactly(new DeathRecorded(caseId, "C01", LocalDate.of(2026, 6, 1)));
    }

    private static TaskContext task(UUID caseId, String taskId) {
        return new TaskContext(taskId, "Vital status", VitalStatusCheckHandler.FORM_KEY, caseId, "C01", null);
    }

    private static VitalStatusCheckForm form(VitalStatus status, LocalDate deathDate) {
        VitalStatusCheckForm form = new VitalStatusCheckForm();
        form.setStatus(status);
        form.setLastContactDate(LocalDate.of(2026, 6, 1));
        form.setDeathDate(deathDate);
        form.setCauseOfDeath(deathDate == null ? null : CauseOfDeath.OTHER);
        return form;
    }
}
