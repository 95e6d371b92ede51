package org.ablationpath.outcomes.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Alert thresholds of the quality indicators (application.yml {@code ablationpath.outcomes.quality}), keyed by
 * indicator id and scope (e.g. QI-03-LIVER). outcomes.md section 3 calls them local defaults to be confirmed by the
 * quality lead; an indicator without an entry shows no published threshold.
 */
@ConfigurationProperties("ablationpath.outcomes")
record QualityThresholds(Map<String, Threshold> quality) {

    QualityThresholds {
        quality = quality == null ? Map.of() : Map.copyOf(quality);
    }

    /** alertBelow / alertAbove in percent (QI-13 in procedures per year); review: a report-only review level. */
    record Threshold(Double alertBelow, Double alertAbove) {

        String text(String unit) {
            return alertBelow != null ? "< " + format(alertBelow) + unit : "> " + format(alertAbove) + unit;
        }

        Boolean alert(double value) {
            return alertBelow != null ? value < alertBelow : value > alertAbove;
        }

        private static String format(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        }
    }

    Threshold of(String key) {
        Threshold t = quality.get(key);
        return t == null || t.alertBelow() == null && t.alertAbove() == null ? null : t;
    }
}
