package org.ablationpath.patient;

import java.util.UUID;

/** A lab panel was stored for a case (at intake, work-up, after a procedure or at a visit): safety rules grade it. */
public record LabPanelAdded(UUID patientId, UUID caseId, LabPanelRecord panel) {
}
