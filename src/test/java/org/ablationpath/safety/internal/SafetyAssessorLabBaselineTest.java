package org.ablationpath.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.patient.LabPanelAdded;
import org.ablationpath.patient.LabPanelRecord;
import org.ablationpath.patient.PatientService;
import org.ablationpath.procedure.IntentType;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseEnrolments;
import org.ablationpath.referral.CaseSummary;
import org.ablationpath.safety.AlertDraft;
import org.ablationpath.safety.AlertsDrafted;
import org.ablationpath.safety.SafetyRules;
import org.ablationpath.safety.SafetySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Live lab grading after a re-ablation (safety.md 3.3): the baseline of a sample is the last value before the session
 * that sample follows, even when that value was taken after an earlier session (the re-ablation's pre-procedure labs).
 */
class SafetyAssessorLabBaselineTest {

    private static final SafetyRules RULES = new SafetyRules(new SafetySettings(null, null, null, null, null),
            center -> 30, ZoneOffset.UTC);
    private static final LocalDate SESSION_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate SESSION_2 = LocalDate.of(2026, 6, 12);

    private final UUID caseId = UUID.randomUUID();
    private final UUID patientId = UUID.randomUUID();
    private final PatientService patients = mock(PatientService.class);
    private final List<Object> published = new ArrayList<>();
    private final List<LabPanelRecord> panels = new ArrayList<>();
    private SafetyAssessor assessor;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        ProcedureSessions sessions = mock(ProcedureSessions.class);
        when(sessions.sessions(caseId)).thenReturn(List.of(
                new ProcedureSession(UUID.randomUUID(), caseId, 1, SESSION_1, IntentType.values()[0], List.of("T1"), true),
                new ProcedureSession(UUID.randomUUID(), caseId, 2, SESSION_2, IntentType.values()[0], List.of("T1"), true)));
        ObjectProvider<ProcedureSessions> procedures = mock(ObjectProvider.class);
        when(procedures.getIfAvailable()).thenReturn(sessions);
        CaseDirectory cases = mock(CaseDirectory.class);
        when(cases.visibleCase(caseId)).thenReturn(Optional.of(new CaseSummary(caseId, "C01", patientId, "P-1", null,
                null, null, null, "LIVER", null, null)));
        when(patients.labPanelsOfCase(caseId)).thenReturn(panels);
        ApplicationEventPublisher publisher = published::add;
        assessor = new SafetyAssessor(RULES, procedures, patients, cases, mock(CaseEnrolments.class),
                mock(AdverseEventRepository.class), publisher,
                Clock.fixed(Instant.parse("2026-06-13T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theReAblationsPreProcedureLabsAreTheBaselineOfItsDay1Sample() {
        // session 1: normal baseline, then a grade-3 ALT on day 1 (alerted when it was stored, not again now)
        panels.add(panel(SESSION_1.minusDays(3), "PRE_PROCEDURE", 35, 140));
        panels.add(panel(SESSION_1.plusDays(1), "POST_PROCEDURE", 250, 135));
        // session 2 (safety.md 3.3 example): cirrhotic baseline ALT 60 (ULN 40), day-1 ALT 180 = 3.0 x baseline -> G3
        panels.add(panel(SESSION_2.minusDays(3), "PRE_PROCEDURE", 60, 130));
        LabPanelRecord day1 = panel(SESSION_2.plusDays(1), "POST_PROCEDURE", 180, 105);
        panels.add(day1);

        assessor.labPanelAdded(new LabPanelAdded(patientId, caseId, day1));

        assertThat(drafts()).extracting(d -> d.ruleId() + " " + d.priority() + " " + d.causeKey()).containsExactlyInAnyOrder(
                "ALR-07 P2_URGENT LAB:2026-06-13",
                // haemoglobin 130 -> 105 g/L on day 1: a fall of 25 g/L from the session's baseline
                "ALR-08 P1_IMMEDIATE SESSION:2026-06-12:HAEMORRHAGE");
    }

    @Test
    void aLateSampleOfTheFirstSessionKeepsTheFirstSessionsBaseline() {
        panels.add(panel(SESSION_1.minusDays(3), "PRE_PROCEDURE", 35, 140));
        panels.add(panel(SESSION_2.minusDays(3), "PRE_PROCEDURE", 300, 130));
        // entered after session 2 was recorded: 250 U/L against the normal baseline is 6.25 x ULN -> G3
        LabPanelRecord late = panel(SESSION_1.plusDays(1), "POST_PROCEDURE", 250, 135);
        panels.add(late);

        assessor.labPanelAdded(new LabPanelAdded(patientId, caseId, late));

        assertThat(drafts()).extracting(d -> d.ruleId() + " " + d.causeKey()).containsExactly("ALR-07 LAB:2026-05-02");
    }

    private List<AlertDraft> drafts() {
        return published.stream().filter(AlertsDrafted.class::isInstance).map(AlertsDrafted.class::cast)
                .flatMap(d -> d.drafts().stream()).toList();
    }

    private static LabPanelRecord panel(LocalDate date, String context, int alt, int hemoglobin) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.put("altUL", alt);
        values.put("altUlnUL", 40);
        values.put("hemoglobinGL", hemoglobin);
        values.put("hemoglobinLlnGL", 120);
        return new LabPanelRecord(date, context, values);
    }
}
