package org.ablationpath.followup;

/** FollowUpVisit.status of outcomes.md 4.12. */
public enum VisitStatus {
    PLANNED,
    DONE,
    MISSED,
    CANCELLED
}
