package org.ablationpath.outcomes;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable parts of the OUT algorithms (application.yml {@code ablationpath.outcomes}). Defaults are those of
 * outcomes.md: OUT-02 window day 21 to 56 and equivocal findings resolved by day 90; OUT-10 patients never disease-free
 * excluded from DFS (EXCLUDE) or counted as an event at t0 (EVENT_AT_T0); OUT-12 30 days, optional 90 days.
 */
@ConfigurationProperties("ablationpath.outcomes")
public record OutcomeSettings(Integer responseWindowFirstDay, Integer responseWindowLastDay,
                              Integer equivocalResolvedByDay, NeverDiseaseFree neverDiseaseFree,
                              Integer mortalityDays) {

    public enum NeverDiseaseFree {
        EXCLUDE,
        EVENT_AT_T0
    }

    public static final OutcomeSettings DEFAULTS = new OutcomeSettings(21, 56, 90, NeverDiseaseFree.EXCLUDE, 30);

    public OutcomeSettings {
        responseWindowFirstDay = responseWindowFirstDay == null ? 21 : responseWindowFirstDay;
        responseWindowLastDay = responseWindowLastDay == null ? 56 : responseWindowLastDay;
        equivocalResolvedByDay = equivocalResolvedByDay == null ? 90 : equivocalResolvedByDay;
        neverDiseaseFree = neverDiseaseFree == null ? NeverDiseaseFree.EXCLUDE : neverDiseaseFree;
        mortalityDays = mortalityDays == null ? 30 : mortalityDays;
    }
}
