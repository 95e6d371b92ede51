package org.ablationpath.followup;

/** VitalStatus.status of outcomes.md 4.14. */
public enum VitalStatus {
    ALIVE,
    DEAD,
    UNKNOWN
}
