package org.ablationpath.followup;

/**
 * What the nurse worklist is narrowed to; null means any. {@code nurse} is the username the row is assigned to.
 * Tumour board meetings do not exist yet, so there is no board filter.
 */
public record WorklistFilter(WorklistCategory category, String organ, String nurse) {

    public static final WorklistFilter ALL = new WorklistFilter(null, null, null);
}
