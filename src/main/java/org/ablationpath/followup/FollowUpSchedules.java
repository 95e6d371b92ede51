package org.ablationpath.followup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configured schedules (followup-schedules.yml), bound once at start. {@code kidneyResponseVisitMonth} is pathway.md's
 * option (STG-09); the kidney schedule takes it as its {@code responseVisitMonth}.
 */
@ConfigurationProperties("ablationpath.followup")
public record FollowUpSchedules(String version, int responseVisitDays, int responseWindowFirstDay, int responseWindowLastDay,
                                Integer kidneyResponseVisitMonth, List<Window> windows, Map<String, Schedule> schedules,
                                Assignment assignment) {

    /** FUP-02: windows by the interval (in months) to the previous grid point. */
    public record Window(int maxIntervalMonths, int halfWidthDays) {
    }

    /**
     * One organ schedule of pathway.md 7.4. {@code thenEveryMonths} null: no repetition after the listed months;
     * {@code durationMonths} null: open-ended (not generated beyond the listed months). {@code responseImaging}: FUP-03,
     * the first contrast imaging after each session is the grid point {@code M<responseVisitMonth>} (default 1).
     * {@code grid} false: described here for completeness, but no visits of its own (companion or post-schedule
     * surveillance). {@code painFollowUp}: visits record pain NRS and analgesic change (bone).
     */
    public record Schedule(String description, List<Integer> months, Integer thenEveryMonths, Integer durationMonths,
                           Integer phoneCallDay, Boolean responseImaging, Integer responseVisitMonth,
                           Integer responseWindowFirstDay, Integer responseWindowLastDay, Boolean painFollowUp, Boolean grid,
                           String source, String evidence) {

        public boolean hasResponseImaging() {
            return Boolean.TRUE.equals(responseImaging);
        }

        /** The month of the response point: the first contrast imaging (FUP-03), month 1 unless configured. */
        public int responseMonth() {
            return responseVisitMonth == null ? 1 : responseVisitMonth;
        }

        public boolean recordsPain() {
            return Boolean.TRUE.equals(painFollowUp);
        }

        public boolean plannedAsGrid() {
            return !Boolean.FALSE.equals(grid);
        }

        /** Evidence level L: a local default, no published schedule (pathway.md 7.4). */
        public boolean localDefault() {
            return "L".equalsIgnoreCase(evidence);
        }
    }

    /** Which schedule each treated organ follows, and the high-risk conditions of FUP-LIV-02 (FUP-06). */
    public record Assignment(Map<String, OrganAssignment> organs, HighRisk highRisk) {
    }

    /**
     * An organ's schedule: {@code byHistology} first (in the configured order), then {@code schedule};
     * {@code highRiskSchedule} when the high-risk condition holds; {@code companions} by histology add to its visits.
     */
    public record OrganAssignment(String schedule, String highRiskSchedule, Map<String, String> byHistology,
                                  Map<String, List<String>> companions) {
    }

    /**
     * FUP-LIV-02 conditions: {@code hccNodulesMin}-{@code hccNodulesMax} nodules of {@code hccHistology}, or a single one
     * larger than {@code hccSingleDiameterAboveMm}, at baseline; a smallest ablative margin below {@code marginBelowMm}
     * for {@code marginHistology} at the response visit.
     */
    public record HighRisk(String hccHistology, int hccNodulesMin, int hccNodulesMax, BigDecimal hccSingleDiameterAboveMm,
                           String marginHistology, BigDecimal marginBelowMm) {
    }
}
