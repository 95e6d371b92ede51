package org.ablationpath.referral;

/**
 * The trial or registry a case is enrolled in (safety.md ALR-16): with expedited reporting a serious adverse event
 * must be reported within {@code reportWithinHours} (the protocol's limit; safety.md's default is 24 h).
 *
 * @param enrolled           study or registry name, null when the case is not enrolled
 * @param expeditedReporting the protocol asks for expedited reporting of serious adverse events
 * @param reportWithinHours  1 to 720 hours
 */
public record CaseEnrolment(String enrolled, boolean expeditedReporting, int reportWithinHours) {

    /** safety.md 6.2 ALR-16: per protocol, default report within 24 h. */
    public static final int DEFAULT_REPORT_WITHIN_HOURS = 24;
    public static final int MAX_REPORT_WITHIN_HOURS = 720;
    public static final int MAX_NAME_LENGTH = 120;

    public static CaseEnrolment none() {
        return new CaseEnrolment(null, false, DEFAULT_REPORT_WITHIN_HOURS);
    }

    /** A serious adverse event of this case calls for ALR-16. */
    public boolean expeditesSeriousEvents() {
        return enrolled != null && expeditedReporting;
    }
}
