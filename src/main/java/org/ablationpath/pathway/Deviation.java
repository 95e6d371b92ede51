package org.ablationpath.pathway;

import java.time.Instant;
import java.util.UUID;

/** A recorded deviation and, once someone gave it, its coded reason. */
public record Deviation(UUID id, UUID caseId, DeviationCode code, String timer, Instant occurredAt, String reasonCode,
                        String reasonNote, String reasonBy, Instant reasonAt) {

    public boolean awaitingReason() {
        return reasonCode == null;
    }
}
