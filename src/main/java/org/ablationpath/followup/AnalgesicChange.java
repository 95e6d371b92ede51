package org.ablationpath.followup;

/** FollowUpVisit.analgesicChange of outcomes.md 4.12 (bone schedule). */
public enum AnalgesicChange {
    DECREASED,
    UNCHANGED,
    INCREASED
}
