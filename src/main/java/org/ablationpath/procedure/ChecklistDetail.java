package org.ablationpath.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored pre-procedure checklist (STG-05) with the cautions found when it was submitted, and whether a session was
 * recorded after it (then its planned date is no longer the next session's).
 */
public record ChecklistDetail(UUID id, LocalDate plannedProcedureDate, LocalDate consentDate, String consentVersion,
                              Anaesthesia anaesthesiaPlan, AnticoagulationPlan anticoagulationPlan,
                              boolean pregnancyTestRequired, LocalDate pregnancyTestDate, Boolean pregnancyTestNegative,
                              CardiacDeviceManagement cardiacDevicePlan, boolean antibioticProphylaxisPlanned,
                              LocalDate lastChemotherapyDate, boolean fastingInstructionsGiven, String note,
                              List<ChecklistCaution> cautions, boolean followedBySession, String recordedBy,
                              Instant recordedAt) {
}
