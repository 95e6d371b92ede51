package org.ablationpath.outcomes;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ablationpath.followup.PlannedVisit;
import org.ablationpath.outcomes.OutcomeTimeline.DiseaseEvent;
import org.ablationpath.outcomes.OutcomeTimeline.GridVisit;
import org.ablationpath.outcomes.OutcomeTimeline.Imaging;
import org.ablationpath.outcomes.OutcomeTimeline.Session;
import org.ablationpath.platform.web.FieldProblem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Outcomes of one case computed from its events (outcomes.md section 2), for the case evaluation endpoint and the
 * registry. Stateless and center-agnostic: it reads nothing, the caller hands it the timeline or the case document's
 * followUp block.
 */
@Service
@EnableConfigurationProperties(OutcomeSettings.class)
public class CaseOutcomes {

    private final OutcomeCalculator calculator;

    CaseOutcomes(OutcomeSettings settings) {
        this.calculator = new OutcomeCalculator(settings);
    }

    /** A timeline read from a case document, with the problems found while reading it. */
    public record Timeline(OutcomeTimeline timeline, List<FieldProblem> problems) {
    }

    /** The outcomes, or the problems that prevent computing them (VAL-05); outcomes empty when no session exists. */
    public record Evaluation(Optional<PatientOutcomes> outcomes, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads the followUp block of a case document. tumorIds: the document's tumours, those never treated are untreated
     * disease (OUT-10); grid: the follow-up plan's visits, matched to the documented contacts for OUT-17.
     */
    public Timeline timelineOf(JsonNode followUp, LocalDate asOf, Collection<String> tumorIds, List<PlannedVisit> grid) {
        return CaseTimelines.read(followUp, asOf, tumorIds, grid);
    }

    /** Outcomes of a case document's followUp block as of asOf; problems name their JSON paths. */
    public Evaluation evaluate(JsonNode followUp, LocalDate asOf, Collection<String> tumorIds, List<PlannedVisit> grid) {
        Timeline read = timelineOf(followUp, asOf, tumorIds, grid);
        if (!read.problems().isEmpty()) {
            return new Evaluation(Optional.empty(), read.problems());
        }
        return evaluate(read.timeline());
    }

    /** Outcomes of a timeline, after the VAL-05 history checks. */
    public Evaluation evaluate(OutcomeTimeline timeline) {
        List<FieldProblem> problems = invalidHistory(timeline);
        return problems.isEmpty() ? new Evaluation(calculator.compute(timeline), List.of())
                : new Evaluation(Optional.empty(), problems);
    }

    /** Outcomes of a timeline without the history checks (stored data was checked when recorded). */
    public Optional<PatientOutcomes> compute(OutcomeTimeline timeline) {
        return calculator.compute(timeline);
    }

    /** VAL-05 as outcomes.md section 2 names it: events before t0, death before last contact, visits after death. */
    public static List<FieldProblem> invalidHistory(OutcomeTimeline timeline) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate t0 = timeline.sessions().stream().map(Session::date).filter(d -> d != null).min(LocalDate::compareTo)
                .orElse(null);
        LocalDate death = timeline.vital().deathDate();
        if (t0 != null) {
            for (DiseaseEvent event : timeline.diseaseEvents()) {
                if (event.detectionDate() != null && event.detectionDate().isBefore(t0)) {
                    problems.add(new FieldProblem("followUp.diseaseEvents", "disease event before the first session", "VAL-05"));
                }
            }
            if (death != null && death.isBefore(t0)) {
                problems.add(new FieldProblem("followUp.vitalStatus.deathDate", "death before the first session", "VAL-05"));
            }
        }
        if (death != null) {
            LocalDate lastContact = timeline.vital().lastContactDate();
            if (lastContact != null && lastContact.isAfter(death)) {
                problems.add(new FieldProblem("followUp.vitalStatus.lastContactDate", "last contact after death", "VAL-05"));
            }
            for (int i = 0; i < timeline.imaging().size(); i++) {
                Imaging study = timeline.imaging().get(i);
                if (study.date().isAfter(death)) {
                    problems.add(new FieldProblem("followUp.imaging[" + i + "].date", "imaging after death", "VAL-05"));
                }
            }
            for (GridVisit visit : timeline.gridVisits()) {
                if (visit.actualDate() != null && visit.actualDate().isAfter(death)) {
                    problems.add(new FieldProblem("followUp.visits", "visit " + visit.label() + " after death", "VAL-05"));
                }
            }
        }
        return problems;
    }
}
