package org.ablationpath.board;

import java.util.List;

/** A meeting's minutes: the meeting, who attended, and every agenda item with its decision when one was taken. */
public record Minutes(Meeting meeting, List<Attendee> attendees, List<Entry> entries) {

    /** {@code decision} is null for a deferred or undiscussed case. */
    public record Entry(AgendaItem item, BoardDecision decision) {
    }
}
