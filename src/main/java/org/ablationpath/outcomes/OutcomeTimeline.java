package org.ablationpath.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.DiseaseEventType;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.procedure.IntentType;

/**
 * The events of one patient's episode from which every outcome is computed (outcomes.md section 2): sessions, imaging
 * assessments, disease events, vital status and the follow-up grid. The same record serves the case document of the
 * evaluation endpoint and the stored registry data, so both give the same outcomes. Facts after {@code asOf} are
 * ignored; {@code asOf} null means all facts count. {@code untreatedTumorIds}: tumours left in place (OUT-10).
 */
public record OutcomeTimeline(LocalDate asOf, List<Session> sessions, List<Imaging> imaging,
                              List<DiseaseEvent> diseaseEvents, Vital vital, List<GridVisit> gridVisits,
                              Set<String> untreatedTumorIds) {

    public OutcomeTimeline {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        imaging = imaging == null ? List.of() : List.copyOf(imaging);
        diseaseEvents = diseaseEvents == null ? List.of() : List.copyOf(diseaseEvents);
        vital = vital == null ? new Vital(null, null, null) : vital;
        gridVisits = gridVisits == null ? List.of() : List.copyOf(gridVisits);
        untreatedTumorIds = untreatedTumorIds == null ? Set.of() : Set.copyOf(untreatedTumorIds);
    }

    /** One ablation session (outcomes.md 4.9) with the technical success (OUT-01) of each tumour treated. */
    public record Session(String id, LocalDate date, IntentType intent, List<String> tumorIds,
                          Map<String, Boolean> technicalSuccess) {
        public Session {
            tumorIds = tumorIds == null ? List.of() : List.copyOf(tumorIds);
            technicalSuccess = technicalSuccess == null ? Map.of() : Map.copyOf(technicalSuccess);
            intent = intent == null ? IntentType.INITIAL : intent;
        }

        public boolean treats(String tumorId) {
            return tumorIds.contains(tumorId);
        }
    }

    /**
     * One imaging study (outcomes.md 4.11) with the response of each tumour it assessed. {@code responseImaging}: a
     * study after the procedure that assesses its result (purpose RESPONSE, SURVEILLANCE, PROBLEM_SOLVING, or not
     * recorded); false for BASELINE and IMMEDIATE_POST studies, whose COMPLETE is no documented complete ablation for
     * OUT-04, OUT-05 and OUT-06.
     */
    public record Imaging(LocalDate date, boolean contrast, boolean newIntraOrganTumour, boolean extraOrganDisease,
                          Map<String, AblationResponse> responses, boolean responseImaging) {
        public Imaging {
            responses = responses == null ? Map.of() : Map.copyOf(responses);
        }

        /** A response or surveillance study: the stored registry's studies and surveillance visit reads. */
        public Imaging(LocalDate date, boolean contrast, boolean newIntraOrganTumour, boolean extraOrganDisease,
                       Map<String, AblationResponse> responses) {
            this(date, contrast, newIntraOrganTumour, extraOrganDisease, responses, true);
        }

        public AblationResponse responseOf(String tumorId) {
            return responses.get(tumorId);
        }
    }

    /** A disease event (outcomes.md 4.14); {@code tumorId} is null for patient-level events. */
    public record DiseaseEvent(DiseaseEventType type, String tumorId, LocalDate detectionDate) {
    }

    /**
     * Vital status (outcomes.md 4.14): last contact for OS censoring, death date and cause, and the finding of the
     * death's morbidity and mortality review when one was held (OUT-12 {@code procedureRelatedDeath}; null without a
     * review, when the cause of death decides).
     */
    public record Vital(LocalDate lastContactDate, LocalDate deathDate, CauseOfDeath causeOfDeath,
                        Boolean reviewedProcedureRelated) {

        public Vital(LocalDate lastContactDate, LocalDate deathDate, CauseOfDeath causeOfDeath) {
            this(lastContactDate, deathDate, causeOfDeath, null);
        }

        public boolean dead() {
            return deathDate != null;
        }
    }

    /** A grid visit (outcomes.md 4.12) with its window and, when done, its actual date. */
    public record GridVisit(String label, LocalDate targetDate, LocalDate windowStart, LocalDate windowEnd,
                            LocalDate actualDate, VisitStatus status) {
    }
}
