package org.ablationpath.outcomes;

/** The time-to-event endpoints of the registry's Kaplan-Meier plots (outcomes.md OUT-07 to OUT-11). */
public enum SurvivalEndpoint {
    LTPFS("ltpfs"),
    TTLTP("ttltp"),
    TTR("ttr"),
    DFS("dfs"),
    OS("os");

    private final String column;

    SurvivalEndpoint(String column) {
        this.column = column;
    }

    /** The stored column prefix (outcome_patient): {@code <prefix>_days}, {@code <prefix>_event}. */
    public String column() {
        return column;
    }
}
