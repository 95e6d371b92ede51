package org.ablationpath.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.ablationpath.safety.AlertPriority;
import org.ablationpath.safety.SafetyRules;
import org.ablationpath.safety.SafetySettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * One acknowledgement-limit setting: the alert store's fallback due time is the rules' (ablationpath.safety.
 * acknowledge-within), and the former store-only key stops the start-up instead of being silently ignored.
 */
class AcknowledgementLimitSettingTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private final SafetyRules rules = new SafetyRules(new SafetySettings(
            new SafetySettings.AcknowledgeWithin(Duration.ofMinutes(10), Duration.ofHours(2), 2), null, null, null, null),
            center -> 30, ZONE);

    @Test
    void theStoresFallbackIsTheRulesLimit() {
        EscalationRouting routing = new EscalationRouting(new EscalationProperties(Map.of()), rules, new MockEnvironment());
        Instant friday = Instant.parse("2026-11-20T09:00:00Z");

        assertThat(routing.acknowledgeBy(AlertPriority.P1_IMMEDIATE, friday)).isEqualTo(friday.plus(Duration.ofMinutes(10)));
        assertThat(routing.acknowledgeBy(AlertPriority.P2_URGENT, friday)).isEqualTo(friday.plus(Duration.ofHours(2)));
        // two working days after Friday: Tuesday, at the working day's end (17:00 local)
        assertThat(routing.acknowledgeBy(AlertPriority.P3_ROUTINE, friday)).isEqualTo(Instant.parse("2026-11-24T16:00:00Z"));
        assertThat(routing.acknowledgeBy(AlertPriority.LOG, friday)).isNull();
    }

    /** safety.md 6.1 "all times configurable": a level after n working days counts the configured working days. */
    @Test
    void anEscalationAfterWorkingDaysCountsTheConfiguredWorkingDays() {
        java.util.Set<java.time.DayOfWeek> sundayToThursday = java.util.EnumSet.of(java.time.DayOfWeek.SUNDAY,
                java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY);
        SafetyRules centre = new SafetyRules(new SafetySettings(null, sundayToThursday, null, null, null), c -> 30, ZONE);
        EscalationRouting routing = new EscalationRouting(new EscalationProperties(Map.of(AlertPriority.P3_ROUTINE,
                java.util.List.of(new EscalationProperties.Level(java.util.List.of("BOARD_CHAIR"), null, 3)))), centre,
                new MockEnvironment());
        Instant saturday = Instant.parse("2026-11-21T09:00:00Z");

        // Sunday, Monday, Tuesday are the three working days after Saturday: the level is due on Tuesday, same time
        assertThat(routing.levelDue(AlertPriority.P3_ROUTINE, 1, saturday, ZONE)).contains(Instant.parse("2026-11-24T09:00:00Z"));
    }

    @Test
    void theFormerStoreOnlyKeyStopsTheStartUpNamingTheNewOne() {
        MockEnvironment old = new MockEnvironment()
                .withProperty("ablationpath.safety.escalation.acknowledge-within.P2_URGENT.after", "PT4H");

        assertThatThrownBy(() -> new EscalationRouting(new EscalationProperties(Map.of()), rules, old))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ablationpath.safety.acknowledge-within");
    }
}
