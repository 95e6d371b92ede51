package org.ablationpath.safety.internal;

/**
 * The trial or registry a case is enrolled in, for ALR-16: {@code reportWithinHours} is the protocol's limit, or
 * safety.md's default of 24 h when the protocol gives none.
 */
public record EnrolmentFact(String enrolled, boolean expeditedReporting, int reportWithinHours, boolean defaultLimit) {

    /** safety.md 6.2 ALR-16: per protocol, default report within 24 h. */
    public static final int DEFAULT_REPORT_WITHIN_HOURS = 24;

    static EnrolmentFact of(String enrolled, boolean expeditedReporting, Integer reportWithinHours) {
        return new EnrolmentFact(enrolled, expeditedReporting,
                reportWithinHours == null ? DEFAULT_REPORT_WITHIN_HOURS : reportWithinHours, reportWithinHours == null);
    }
}
