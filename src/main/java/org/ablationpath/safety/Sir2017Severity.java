package org.ablationpath.safety;

/** SIR adverse-event severity 2017 (safety.md 4.3), as entered by the reviewer. */
public enum Sir2017Severity {
    MILD, MODERATE, SEVERE, LIFE_THREATENING_OR_DISABLING, DEATH
}
