package org.ablationpath.board;

/** A meeting is planned, then its minutes are finalized by the chair. */
public enum MeetingStatus {
    PLANNED, FINALIZED
}
