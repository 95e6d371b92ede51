package org.ablationpath.platform.persistence;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the audit trail: a created, changed or deleted clinical row with each field's value before and
 * after, or a read of a patient record (no fields).
 */
public record RecordChange(Instant at, String username, String recordType, String recordId, String action,
                           Map<String, FieldChange> changes) {

    /** A field's value before and after the change (null before a creation). */
    public record FieldChange(String before, String after) {
    }
}
