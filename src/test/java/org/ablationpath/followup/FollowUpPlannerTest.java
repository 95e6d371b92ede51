package org.ablationpath.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The visit grid from the shipped schedule configuration, against pathway.md section 7 and outcomes.md example A. */
class FollowUpPlannerTest {

    private static FollowUpPlanner planner;

    @BeforeAll
    static void loadShippedSchedules() {
        planner = new FollowUpPlanner(FollowUpConfigs.shipped());
    }

    @Test
    void responseVisitIsDay30WithItsWindowDay21To56() {
        // outcomes.md example A: re-ablation on 2025-01-27, response visit target 2025-02-26
        PlannedVisit response = planner.plan("FUP-LIV-01", LocalDate.of(2025, 1, 27)).visits().get(0);

        assertThat(response.label()).isEqualTo("M1");
        assertThat(response.target()).isEqualTo(LocalDate.of(2025, 2, 26));
        assertThat(response.windowStart()).isEqualTo(LocalDate.of(2025, 2, 17));
        assertThat(response.windowEnd()).isEqualTo(LocalDate.of(2025, 3, 24));
    }

    @Test
    void liverDefaultGridRunsToSixtyMonths() {
        List<String> labels = planner.plan("FUP-LIV-01", LocalDate.of(2025, 3, 10)).visits().stream().map(PlannedVisit::label).toList();

        assertThat(labels).containsExactly("M1", "M3", "M6", "M9", "M12", "M18", "M24", "M30", "M36", "M42", "M48", "M54", "M60");
    }

    @Test
    void highRiskLiverGridIsThreeMonthlyToTwoYearsThenSixMonthly() {
        List<String> labels = planner.plan("FUP-LIV-02", LocalDate.of(2025, 3, 10)).visits().stream().map(PlannedVisit::label).toList();

        assertThat(labels).containsExactly("M1", "M3", "M6", "M9", "M12", "M15", "M18", "M21", "M24", "M30", "M36", "M42", "M48",
                "M54", "M60");
    }

    @Test
    void laterVisitsKeepTheDayOfMonthOrTakeTheMonthsLastDay() {
        FollowUpPlan plan = planner.plan("FUP-LIV-01", LocalDate.of(2025, 1, 31));

        assertThat(visit(plan, "M3").target()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(visit(plan, "M6").target()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(visit(plan, "M9").target()).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void windowWidthFollowsTheIntervalToThePreviousGridPoint() {
        FollowUpPlan kidney = planner.plan("FUP-KID-01", LocalDate.of(2025, 3, 10));

        assertThat(halfWidth(visit(kidney, "M3"))).isEqualTo(14);   // 2 months after M1
        assertThat(halfWidth(visit(kidney, "M6"))).isEqualTo(14);   // 3 months
        assertThat(halfWidth(visit(kidney, "M12"))).isEqualTo(30);  // 6 months
        assertThat(halfWidth(visit(kidney, "M36"))).isEqualTo(45);  // 12 months
        assertThat(kidney.visits()).extracting(PlannedVisit::label).endsWith("M24", "M36", "M48", "M60");
    }

    @Test
    void bonePalliativeStartsWithTheDay7PhoneCall() {
        FollowUpPlan bone = planner.plan("FUP-BON-01", LocalDate.of(2025, 3, 10));

        assertThat(bone.visits()).extracting(PlannedVisit::label).containsExactly("D7", "M1", "M3");
        PlannedVisit call = bone.visits().get(0);
        assertThat(call.type()).isEqualTo("PHONE");
        assertThat(call.target()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(call.windowStart()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(call.windowEnd()).isEqualTo(LocalDate.of(2025, 3, 19));
    }

    @Test
    void theDay7CallWindowIsTheConfiguredGrace() {
        // TMR-09 "day 7 ± 2" is ablationpath.pathway.day7-call-grace-days, which the day-7 call task also reads
        PlannedVisit call = new FollowUpPlanner(FollowUpConfigs.shipped(), 3).plan("FUP-BON-01", LocalDate.of(2025, 3, 10))
                .visits().get(0);

        assertThat(call.windowStart()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(call.windowEnd()).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void pancreasProtocolVisitsAfterMonth12AreNotInvented() {
        assertThat(planner.plan("FUP-PAN-01", LocalDate.of(2025, 3, 10)).visits()).extracting(PlannedVisit::label)
                .containsExactly("M1", "M3", "M6", "M9", "M12");
    }

    @Test
    void kidneyStartsWithResponseImagingAtMonth1ByDefault() {
        assertThat(planner.plan("FUP-KID-01", LocalDate.of(2025, 3, 10)).visits()).extracting(PlannedVisit::label)
                .startsWith("M1", "M3");
        assertThat(planner.responseVisitLabel("FUP-KID-01")).contains("M1");
    }

    @Test
    void kidneyResponseVisitMonth3StartsTheKidneyGridAtMonth3() {
        // pathway.md STG-09: centres following ZONDERVAN16 set kidneyResponseVisitMonth=3
        FollowUpPlanner zondervan = new FollowUpPlanner(FollowUpConfigs.shippedWith(
                Map.of("ablationpath.followup.kidney-response-visit-month", "3")));

        FollowUpPlan kidney = zondervan.plan("FUP-KID-01", LocalDate.of(2025, 3, 10));

        assertThat(kidney.visits()).extracting(PlannedVisit::label).startsWith("M3", "M6", "M12");
        assertThat(visit(kidney, "M3").target()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(halfWidth(visit(kidney, "M3"))).isEqualTo(14);
        assertThat(zondervan.responseVisitLabel("FUP-KID-01")).contains("M3");
        // the other organs keep their month-1 response imaging
        assertThat(zondervan.responseVisitLabel("FUP-LIV-01")).contains("M1");
    }

    @Test
    void ectResponseReviewIsCountedFromWeek4ToWeek8ThenEveryThreeMonths() {
        FollowUpPlan ect = planner.plan("FUP-ECT-01", LocalDate.of(2025, 3, 10));

        PlannedVisit review = visit(ect, "M1");
        assertThat(review.windowStart()).isEqualTo(LocalDate.of(2025, 4, 7));   // day 28
        assertThat(review.windowEnd()).isEqualTo(LocalDate.of(2025, 5, 5));     // day 56
        assertThat(ect.visits()).extracting(PlannedVisit::label).containsExactly("M1", "M3", "M6", "M9", "M12");
        assertThat(planner.responseVisitLabel("FUP-ECT-01")).isEmpty();
    }

    @Test
    void everyScheduleOfPathwaySection74IsConfigured() {
        assertThat(planner.scheduleIds()).containsExactlyInAnyOrder("FUP-LIV-01", "FUP-LIV-02", "FUP-LIV-03", "FUP-LIV-04",
                "FUP-KID-01", "FUP-LUN-01", "FUP-BON-01", "FUP-THY-01", "FUP-THY-02", "FUP-PAN-01", "FUP-ECT-01");
        assertThat(planner.schedule("FUP-LIV-03").plannedAsGrid()).isFalse();
        assertThat(planner.schedule("FUP-LIV-04").plannedAsGrid()).isFalse();
        assertThat(planner.plan("FUP-LIV-04", LocalDate.of(2025, 3, 10)).visits()).isEmpty();
    }

    @Test
    void thePlanCarriesTheScheduleVersion() {
        assertThat(planner.plan("FUP-LUN-01", LocalDate.of(2025, 3, 10)).scheduleVersion()).isNotBlank();
    }

    private static PlannedVisit visit(FollowUpPlan plan, String label) {
        return plan.visits().stream().filter(v -> v.label().equals(label)).findFirst().orElseThrow();
    }

    private static long halfWidth(PlannedVisit visit) {
        return java.time.temporal.ChronoUnit.DAYS.between(visit.target(), visit.windowEnd());
    }
}
