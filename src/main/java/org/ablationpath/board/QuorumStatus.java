package org.ablationpath.board;

import java.util.List;

/**
 * The quorum of one case at the meeting: the required specialties (pathway.md 6.1 or the board's policy), those
 * missing among the present attendees, and the chair's exception if one was recorded. {@code organsWithoutDefault}
 * lists the case's organs for which no default attendance is published or configured.
 */
public record QuorumStatus(List<String> required, List<String> missing, String exceptionReason,
                           List<String> organsWithoutDefault) {

    public boolean quorate() {
        return missing.isEmpty();
    }

    /** A decision may be finalized: quorate, or the chair recorded an exception. */
    public boolean decidable() {
        return quorate() || exceptionReason != null;
    }
}
