package org.ablationpath.board;

/** An agenda item waits for discussion, is decided, or is deferred by the chair (with a reason). */
public enum AgendaStatus {
    PENDING, DECIDED, DEFERRED
}
