package org.ablationpath.outcomes;

import java.util.List;

/**
 * One Kaplan-Meier curve of a registry group (all, a modality or a center): the steps in months with the log-log
 * 95 % band, the numbers at risk at the chosen months, and the median in months (null when not reached).
 */
public record SurvivalCurve(String group, int subjects, int events, List<Point> points, List<AtRisk> atRisk,
                            Double medianMonths) {

    /** S and its 95 % band from {@code months} on. */
    public record Point(double months, double survival, double lower, double upper) {
    }

    public record AtRisk(int months, int subjects) {
    }
}
