package org.ablationpath.safety;

/** The alert priority classes of safety.md 6.1; acknowledgement limits are configuration, not part of the class. */
public enum AlertPriority {
    P1_IMMEDIATE, P2_URGENT, P3_ROUTINE, LOG, QI_LOG;

    /** Whether an alert of this class is pushed to recipients and must be acknowledged (LOG and QI_LOG are stored only). */
    public boolean needsAcknowledgement() {
        return this == P1_IMMEDIATE || this == P2_URGENT || this == P3_ROUTINE;
    }
}
