package org.ablationpath.safety;

/** Outcome of an adverse event (outcomes.md 4.13). FATAL is CTCAE grade 5 (death related to the event, safety.md 3.1). */
public enum AdverseEventOutcome {
    RESOLVED, RESOLVED_WITH_SEQUELAE, ONGOING, FATAL
}
