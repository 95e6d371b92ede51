package org.ablationpath.followup;

import java.util.UUID;

/**
 * What the nurse worklist is narrowed to; null means any. {@code nurse} is the username the row is assigned to.
 * {@code board} is a tumour board of the user's centers: a case belongs to the board of its center for its organ,
 * or to the center's board for every organ when the organ has no board of its own.
 */
public record WorklistFilter(WorklistCategory category, String organ, String nurse, UUID board) {

    public static final WorklistFilter ALL = new WorklistFilter(null, null, null, null);

    public WorklistFilter(WorklistCategory category, String organ, String nurse) {
        this(category, organ, nurse, null);
    }
}
