package org.ablationpath.followup.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ablationpath.followup.AnalgesicChange;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.ContactType;
import org.ablationpath.followup.DiseaseEventType;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.VisitFinding;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.followup.VitalStatus;

/**
 * A case's follow-up as the case page and {@code GET /api/cases/{id}} ({@code followUp}) show it: the current grid of
 * each organ with its schedule and version, every visit, the lost-to-follow-up risk, the day-7 calls, the disease
 * events found at visits, the vital status and the end of follow-up.
 */
public record FollowUpOverview(String configuredVersion, List<Grid> grids, List<String> unscheduledOrgans, List<Visit> visits,
                               boolean lostToFollowUpRisk, LocalDate lostToFollowUpRiskSince, List<DaySevenCall> daySevenCalls,
                               List<DiseaseEvent> diseaseEvents, List<VitalStatusEntry> vitalStatus,
                               EndOfFollowUp.EndRecord endOfFollowUp) {

    /** {@code localDefault}: evidence L, a local schedule with no published one behind it (pathway.md 7.4). */
    public record Grid(String organ, String scheduleId, String scheduleVersion, LocalDate anchorDate, String description,
                       String source, String evidence, boolean localDefault, List<String> companions) {
    }

    public record Visit(UUID id, String organ, String scheduleId, String scheduleVersion, String gridLabel, String kind,
                        LocalDate anchorDate, LocalDate targetDate, LocalDate windowStart, LocalDate windowEnd,
                        VisitStatus status, String statusReason, LocalDate actualDate, ContactType type, Integer ecog,
                        VisitFinding finding, String tumorId, Integer painNrs, AnalgesicChange analgesicChange, String note,
                        String recordedBy, boolean metWithoutContrast) {
    }

    /** {@code positiveAnswers}: the questions answered yes, each a reason to consider an adverse-event report. */
    public record DaySevenCall(LocalDate callDate, boolean reached, java.util.Map<String, Boolean> answers,
                               List<String> positiveAnswers, String note, String recordedBy) {
    }

    public record DiseaseEvent(DiseaseEventType type, String tumorId, LocalDate detectionDate, String confirmation) {
    }

    public record VitalStatusEntry(VitalStatus status, LocalDate lastContactDate, LocalDate deathDate,
                                   CauseOfDeath causeOfDeath, String recordedBy) {
    }

    /** Nothing planned or recorded yet. */
    public boolean empty() {
        return visits.isEmpty() && daySevenCalls.isEmpty() && diseaseEvents.isEmpty() && vitalStatus.isEmpty()
                && endOfFollowUp == null && !lostToFollowUpRisk;
    }
}
