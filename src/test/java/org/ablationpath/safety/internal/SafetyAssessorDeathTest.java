package org.ablationpath.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.patient.PatientService;
import org.ablationpath.procedure.IntentType;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseEnrolments;
import org.ablationpath.safety.AlertDraft;
import org.ablationpath.safety.AlertPriority;
import org.ablationpath.safety.AlertsDrafted;
import org.ablationpath.safety.DeathRecorded;
import org.ablationpath.safety.SafetyFacts;
import org.ablationpath.safety.SafetyRules;
import org.ablationpath.safety.SafetySettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/** ALR-01 live (safety.md TMG-03): a recorded death within 30 days of an ablation session drafts the P1 alert. */
class SafetyAssessorDeathTest {

    private static final SafetyRules RULES = new SafetyRules(new SafetySettings(null, null, null, null, null),
            center -> 30, ZoneOffset.UTC);
    private static final LocalDate SESSION = LocalDate.of(2026, 5, 1);

    private final UUID caseId = UUID.randomUUID();
    private final AdverseEventRepository adverseEvents = mock(AdverseEventRepository.class);
    private final List<Object> published = new ArrayList<>();
    private SafetyAssessor assessor;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        ProcedureSessions sessions = mock(ProcedureSessions.class);
        when(sessions.sessions(caseId)).thenReturn(List.of(
                new ProcedureSession(UUID.randomUUID(), caseId, 1, SESSION, IntentType.values()[0], List.of("T1"), true)));
        ObjectProvider<ProcedureSessions> procedures = mock(ObjectProvider.class);
        when(procedures.getIfAvailable()).thenReturn(sessions);
        ApplicationEventPublisher publisher = published::add;
        assessor = new SafetyAssessor(RULES, procedures, mock(PatientService.class), mock(CaseDirectory.class),
                mock(CaseEnrolments.class), adverseEvents, publisher, Clock.fixed(Instant.parse("2026-06-05T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aDeathOnDay30RaisesAlr01ToTheMortalityReviewRecipients() {
        assessor.deathRecorded(new DeathRecorded(caseId, "C01", SESSION.plusDays(30)));

        assertThat(drafts()).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("ALR-01");
            assertThat(d.priority()).isEqualTo(AlertPriority.P1_IMMEDIATE);
            assertThat(d.causeKey()).isEqualTo("DEATH:2026-05-31");
            assertThat(d.recipientRoles()).isNotEmpty();
        });
    }

    @Test
    void aDeathOnDay31RaisesNothing() {
        assessor.deathRecorded(new DeathRecorded(caseId, "C01", SESSION.plusDays(31)));

        assertThat(drafts()).isEmpty();
    }

    @Test
    void aFatalAdverseEventAlreadyRaisedAlr01AndItsAlertsAreNotRaisedAgain() {
        AdverseEventEntity fatal = mock(AdverseEventEntity.class);
        when(fatal.facts()).thenReturn(new SafetyFacts.AdverseEventFacts("AE1", null, SESSION.plusDays(2), "Sepsis", 3, 5,
                List.of(), null, null, true, null, null, null, null, "NONE", "FATAL", null, null, null));
        when(adverseEvents.findByCaseIdOrderByOnsetDateDescReportedAtDesc(caseId)).thenReturn(List.of(fatal));

        assessor.deathRecorded(new DeathRecorded(caseId, "C01", SESSION.plusDays(5)));

        assertThat(drafts()).isEmpty();
    }

    private List<AlertDraft> drafts() {
        return published.stream().filter(AlertsDrafted.class::isInstance).map(AlertsDrafted.class::cast)
                .flatMap(d -> d.drafts().stream()).toList();
    }
}
