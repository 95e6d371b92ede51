package org.ablationpath.eligibility.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the {@link TumorCourse} facts of a document's {@code followUp} block (contracts/case-evaluation.md):
 * {@code procedures[] {date, tumorIds[]}} and {@code imaging[] {date, assessments[] {tumorId, response, volumeMl}}}.
 * Only tumours with at least one dated session get a course. Entries without a readable date are left out: the
 * outcomes' own VAL-05 checks report them, and a rule must not count a session it cannot place in time.
 */
public final class TumorCourses {

    private TumorCourses() {
    }

    /**
     * The courses of the tumours treated in the block. THY-06 judges VRR "at 6 months": the reading nearest the
     * target (first session + {@code thyroidVrrVisitMonths} calendar months) within ± {@code thyroidVrrVisitWindowDays}.
     */
    public static List<TumorCourse> of(JsonNode followUp, List<TumorFact> tumors, RuleParameters parameters) {
        if (followUp == null || !followUp.isObject()) {
            return List.of();
        }
        List<Reading> readings = readings(followUp.path("imaging"));
        List<TumorCourse> out = new ArrayList<>();
        for (TumorFact tumor : tumors) {
            if (tumor.getTumorId() == null) {
                continue;
            }
            List<LocalDate> sessions = sessionsOf(followUp.path("procedures"), tumor.getTumorId());
            if (sessions.isEmpty()) {
                continue;
            }
            List<Reading> mine = readings.stream().filter(r -> r.tumorId().equals(tumor.getTumorId()))
                    .sorted(Comparator.comparing(Reading::date)).toList();
            out.add(course(tumor, sessions, mine, parameters));
        }
        return out;
    }

    private static TumorCourse course(TumorFact tumor, List<LocalDate> sessions, List<Reading> readings,
                                      RuleParameters parameters) {
        int unsuccessful = 0;
        for (int i = 0; i < sessions.size(); i++) {
            LocalDate session = sessions.get(i);
            LocalDate next = i + 1 < sessions.size() ? sessions.get(i + 1) : null;
            // the session's response reading: the tumour's first reading after it, before its next session
            Reading response = readings.stream().filter(r -> r.response() != null && r.date().isAfter(session)
                    && (next == null || r.date().isBefore(next))).findFirst().orElse(null);
            if (response != null && "RESIDUAL_VIABLE".equals(response.response())) {
                unsuccessful++;
            }
        }
        LocalDate last = sessions.get(sessions.size() - 1);
        Reading latest = readings.stream().filter(r -> r.response() != null && r.date().isAfter(last))
                .reduce((a, b) -> b).orElse(null);
        List<TumorCourse.VolumeReading> volumes = volumes(tumor, sessions.get(0), readings, parameters);
        LocalDate target = sessions.get(0).plusMonths(parameters.number("thyroidVrrVisitMonths").intValue());
        int halfWidth = parameters.number("thyroidVrrVisitWindowDays").intValue();
        TumorCourse.VolumeReading sixMonths = volumes.stream()
                .filter(v -> !v.date().isBefore(target.minusDays(halfWidth)) && !v.date().isAfter(target.plusDays(halfWidth)))
                .min(Comparator.comparingLong(v -> Math.abs(v.date().toEpochDay() - target.toEpochDay())))
                .orElse(null);
        return new TumorCourse(tumor.getTumorId(), tumor.getOrgan(), tumor.getHistology(), sessions.size(), unsuccessful,
                latest == null ? null : latest.response(), latest == null ? null : latest.date(), volumes, sixMonths);
    }

    /** CALC-06 for every volume measured after the first session, against the tumour record's pre-ablation volume. */
    private static List<TumorCourse.VolumeReading> volumes(TumorFact tumor, LocalDate firstSession, List<Reading> readings,
                                                           RuleParameters parameters) {
        BigDecimal baseline = tumor.getData() == null ? null : tumor.getData().volumeMl();
        if (baseline == null || baseline.signum() <= 0) {
            return List.of();
        }
        List<Reading> measured = readings.stream()
                .filter(r -> r.volumeMl() != null && r.volumeMl().signum() >= 0 && r.date().isAfter(firstSession)).toList();
        List<VolumeReductionRatio.Point> points = VolumeReductionRatio.series(baseline,
                measured.stream().map(Reading::volumeMl).toList(),
                parameters.number("thyroidSuccessVrrPct"), parameters.number("thyroidRegrowthFactor"));
        List<TumorCourse.VolumeReading> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            VolumeReductionRatio.Point p = points.get(i);
            out.add(new TumorCourse.VolumeReading(measured.get(i).date(), p.volumeMl(), p.vrrPct(), p.success(),
                    p.regrowth(), p.smallestSoFarMl()));
        }
        return List.copyOf(out);
    }

    private static List<LocalDate> sessionsOf(JsonNode procedures, String tumorId) {
        List<LocalDate> out = new ArrayList<>();
        for (JsonNode p : procedures) {
            LocalDate date = date(p.path("date"));
            boolean treated = false;
            for (JsonNode id : p.path("tumorIds")) {
                treated |= tumorId.equals(id.asText());
            }
            if (date != null && treated) {
                out.add(date);
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private record Reading(LocalDate date, String tumorId, String response, BigDecimal volumeMl) {
    }

    private static List<Reading> readings(JsonNode imaging) {
        List<Reading> out = new ArrayList<>();
        for (JsonNode study : imaging) {
            LocalDate date = date(study.path("date"));
            if (date == null) {
                continue;
            }
            for (JsonNode a : study.path("assessments")) {
                if (a.path("tumorId").isTextual()) {
                    out.add(new Reading(date, a.get("tumorId").asText(),
                            a.path("response").isTextual() ? a.get("response").asText() : null,
                            a.path("volumeMl").isNumber() ? a.get("volumeMl").decimalValue() : null));
                }
            }
        }
        return out;
    }

    private static LocalDate date(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
