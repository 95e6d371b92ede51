package org.ablationpath.followup.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.followup.FollowUpSchedules;

/**
 * Which schedule each treated organ follows (pathway.md 7.2 and 7.4), from the configured assignment: by histology
 * first, then the organ's schedule, and the high-risk schedule of FUP-LIV-02 when its baseline condition holds.
 */
final class ScheduleChoice {

    private final FollowUpSchedules.Assignment assignment;

    ScheduleChoice(FollowUpSchedules config) {
        this.assignment = Objects.requireNonNull(config.assignment(), "ablationpath.followup.assignment is not configured");
    }

    /** Organ → schedule for the case's tumours, in the order the organs first appear; empty for an unassigned organ. */
    Map<String, Optional<String>> schedulesByOrgan(List<TumorData> tumors) {
        Map<String, Optional<String>> chosen = new LinkedHashMap<>();
        for (String organ : organs(tumors)) {
            chosen.put(organ, scheduleFor(organ, tumors));
        }
        return chosen;
    }

    /** The organs of the case's tumours that no schedule is configured for, each with its histologies. */
    List<String> unassigned(List<TumorData> tumors) {
        List<String> unassigned = new ArrayList<>();
        schedulesByOrgan(tumors).forEach((organ, schedule) -> {
            if (schedule.isEmpty()) {
                unassigned.add(organ + " " + String.join(", ", histologies(organ, tumors)));
            }
        });
        return unassigned;
    }

    Optional<String> highRiskSchedule(String organ) {
        return Optional.ofNullable(assignment.organs().get(organ)).map(FollowUpSchedules.OrganAssignment::highRiskSchedule);
    }

    /** Schedules that add to an organ's visits for the histologies present (FUP-LIV-03 for CRLM). */
    List<String> companions(String organ, List<TumorData> tumors) {
        FollowUpSchedules.OrganAssignment organAssignment = assignment.organs().get(organ);
        if (organAssignment == null || organAssignment.companions() == null) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        histologies(organ, tumors).forEach(h -> found.addAll(organAssignment.companions().getOrDefault(h, List.of())));
        return List.copyOf(found);
    }

    /** FUP-LIV-02 at baseline: 2-3 HCC nodules, or a single HCC above the configured diameter (pathway.md 7.4). */
    boolean highRiskAtBaseline(String organ, List<TumorData> tumors) {
        FollowUpSchedules.HighRisk risk = assignment.highRisk();
        if (risk == null || highRiskSchedule(organ).isEmpty()) {
            return false;
        }
        List<TumorData> hcc = tumors.stream()
                .filter(t -> organ.equals(organOf(t)) && risk.hccHistology().equalsIgnoreCase(t.histology()))
                .toList();
        if (hcc.size() >= risk.hccNodulesMin() && hcc.size() <= risk.hccNodulesMax()) {
            return true;
        }
        return hcc.size() == 1 && diameterMm(hcc.get(0)).map(d -> d.compareTo(risk.hccSingleDiameterAboveMm()) > 0).orElse(false);
    }

    /** The histology whose response margin can switch the organ to its high-risk schedule (FUP-06), if present. */
    Optional<String> marginHistology(String organ, List<TumorData> tumors) {
        FollowUpSchedules.HighRisk risk = assignment.highRisk();
        if (risk == null || risk.marginHistology() == null || highRiskSchedule(organ).isEmpty()) {
            return Optional.empty();
        }
        return histologies(organ, tumors).contains(risk.marginHistology()) ? Optional.of(risk.marginHistology()) : Optional.empty();
    }

    /** FUP-06: a smallest ablative margin below the configured target. */
    boolean marginBelowTarget(BigDecimal marginMm) {
        FollowUpSchedules.HighRisk risk = assignment.highRisk();
        return risk != null && risk.marginBelowMm() != null && marginMm.compareTo(risk.marginBelowMm()) < 0;
    }

    private Optional<String> scheduleFor(String organ, List<TumorData> tumors) {
        FollowUpSchedules.OrganAssignment organAssignment = assignment.organs().get(organ);
        if (organAssignment == null) {
            return Optional.empty();
        }
        Set<String> present = histologies(organ, tumors);
        if (organAssignment.byHistology() != null) {
            for (Map.Entry<String, String> byHistology : organAssignment.byHistology().entrySet()) {
                if (present.contains(byHistology.getKey())) {
                    return Optional.of(byHistology.getValue());
                }
            }
        }
        if (organAssignment.schedule() == null) {
            return Optional.empty();
        }
        return Optional.of(organAssignment.highRiskSchedule() != null && highRiskAtBaseline(organ, tumors)
                ? organAssignment.highRiskSchedule() : organAssignment.schedule());
    }

    static Set<String> organs(List<TumorData> tumors) {
        Set<String> organs = new LinkedHashSet<>();
        tumors.stream().map(ScheduleChoice::organOf).filter(Objects::nonNull).forEach(organs::add);
        return organs;
    }

    static Set<String> histologies(String organ, List<TumorData> tumors) {
        Set<String> histologies = new LinkedHashSet<>();
        tumors.stream().filter(t -> organ.equals(organOf(t)) && t.histology() != null)
                .forEach(t -> histologies.add(t.histology().toUpperCase(Locale.ROOT)));
        return histologies;
    }

    static String organOf(TumorData tumor) {
        return tumor.organ() == null ? null : tumor.organ().toUpperCase(Locale.ROOT);
    }

    private static Optional<BigDecimal> diameterMm(TumorData tumor) {
        return Optional.ofNullable(tumor.maxDiameterMm()).map(m -> m.value());
    }
}
