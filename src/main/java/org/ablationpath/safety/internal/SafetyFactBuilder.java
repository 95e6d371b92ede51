package org.ablationpath.safety.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ablationpath.safety.SafetyFacts;
import org.ablationpath.safety.SafetyFacts.LabSample;
import org.ablationpath.safety.SafetyFacts.Session;

/**
 * Turns a case's safety facts into the rule facts: each event and post-procedure sample attributed to the latest
 * session not after it (TMG-01), each post-procedure value paired with its session's baseline (the last value
 * before the session, not older than labMaxAgeDays; safety.md 3.3), vital signs and markers numbered in date order.
 */
public final class SafetyFactBuilder {

    public static final String POST_PROCEDURE = "POST_PROCEDURE";

    private SafetyFactBuilder() {
    }

    /** @param evaluationDate the day the rules run (the center's date of {@code in.now()}): how long an ongoing stay has lasted */
    public static List<Object> facts(SafetyFacts in, int labMaxAgeDays, BigDecimal afpUln, BigDecimal ceaUln,
                                     LocalDate evaluationDate) {
        List<Session> sessions = in.sessions().stream().filter(s -> s.date() != null)
                .sorted(Comparator.comparing(Session::date)).toList();
        List<Object> out = new ArrayList<>();
        in.adverseEvents().forEach(ae -> out.add(new AeCase(ae, attributedSession(ae, sessions), evaluationDate)));
        out.addAll(labValues(in, sessions, labMaxAgeDays));
        out.addAll(observations(in, sessions));
        for (SafetyFacts.ImagingStudy study : in.imaging()) {
            if (study.date() == null) {
                continue;
            }
            out.add(new ImagingFact(study.date(), study.newIntraOrganTumour(), study.extraOrganDisease()));
            study.assessments().forEach(a -> out.add(new AssessmentFact(study.date(), study.purpose(), a.tumorId(),
                    a.histology(), a.response(), a.minimalMarginMm())));
        }
        out.addAll(markers(in, sessions));
        in.closedWindows().forEach(window -> out.add(ClosedWindowFact.of(window)));
        if (in.enrolment() != null && in.enrolment().enrolled() != null) {
            out.add(EnrolmentFact.of(in.enrolment().enrolled(), in.enrolment().expeditedReporting(),
                    in.enrolment().reportWithinHours()));
        }
        Integer deathDays = in.deathDate() == null ? null : sessionOn(in.deathDate(), sessions)
                .map(s -> (int) ChronoUnit.DAYS.between(s.date(), in.deathDate())).orElse(null);
        out.add(new CaseFact(in.histologies(), in.reAblationPreAuthorised(), in.deathDate(), deathDays, afpUln, ceaUln));
        return out;
    }

    /** TMG-01: the session the investigator named, else the latest session on or before onset. */
    private static LocalDate attributedSession(SafetyFacts.AdverseEventFacts ae, List<Session> sessions) {
        if (ae.procedureRef() != null) {
            Optional<Session> named = sessions.stream().filter(s -> ae.procedureRef().equals(s.id())).findFirst();
            if (named.isPresent()) {
                return named.get().date();
            }
        }
        return ae.onsetDate() == null ? null : sessionOn(ae.onsetDate(), sessions).map(Session::date).orElse(null);
    }

    static Optional<Session> sessionOn(LocalDate date, List<Session> sessions) {
        Session found = null;
        for (Session s : sessions) {
            if (!s.date().isAfter(date)) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A sample after its session's day, or on that day when taken after the procedure. */
    public static boolean postProcedure(LabSample sample, List<Session> sessions) {
        return sample.collectedDate() != null && sessionOn(sample.collectedDate(), sessions)
                .map(s -> sample.collectedDate().isAfter(s.date()) || POST_PROCEDURE.equals(sample.context()))
                .orElse(false);
    }

    private static List<LabValue> labValues(SafetyFacts in, List<Session> sessions, int labMaxAgeDays) {
        List<LabSample> samples = in.labs().stream().filter(s -> s.collectedDate() != null && s.values() != null)
                .sorted(Comparator.comparing(LabSample::collectedDate)).toList();
        List<LabValue> out = new ArrayList<>();
        for (LabSample sample : samples) {
            if (!postProcedure(sample, sessions)) {
                continue;
            }
            Session session = sessionOn(sample.collectedDate(), sessions).orElseThrow();
            int day = (int) ChronoUnit.DAYS.between(session.date(), sample.collectedDate());
            for (Analyte analyte : Analyte.values()) {
                BigDecimal value = sample.values().get(analyte.valueField());
                if (value == null) {
                    continue;
                }
                Optional<LabSample> base = baseline(samples, sessions, session, analyte, labMaxAgeDays);
                out.add(new LabValue(sample.id(), sample.collectedDate(), analyte, value, field(sample, analyte.ulnField()),
                        field(sample, analyte.llnField()), base.map(b -> field(b, analyte.valueField())).orElse(null),
                        base.map(b -> field(b, analyte.ulnField())).orElse(null),
                        base.map(b -> field(b, analyte.llnField())).orElse(null), in.anticoagulation(), day));
            }
        }
        return out;
    }

    /** The last sample with this analyte taken before the session (not after it on its day), within labMaxAgeDays. */
    private static Optional<LabSample> baseline(List<LabSample> samples, List<Session> sessions, Session session,
                                                Analyte analyte, int labMaxAgeDays) {
        LabSample found = null;
        for (LabSample s : samples) {
            boolean before = s.collectedDate().isBefore(session.date())
                    || (s.collectedDate().equals(session.date()) && !POST_PROCEDURE.equals(s.context()));
            if (before && s.values().get(analyte.valueField()) != null
                    && ChronoUnit.DAYS.between(s.collectedDate(), session.date()) <= labMaxAgeDays) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    private static BigDecimal field(LabSample sample, String name) {
        return name == null ? null : sample.values().get(name);
    }

    private static List<ObservationFact> observations(SafetyFacts in, List<Session> sessions) {
        Map<String, List<SafetyFacts.Observation>> byType = new LinkedHashMap<>();
        in.observations().stream().filter(o -> o.date() != null && o.type() != null && o.value() != null)
                .sorted(Comparator.comparing(SafetyFacts.Observation::date))
                .forEach(o -> byType.computeIfAbsent(o.type(), t -> new ArrayList<>()).add(o));
        List<ObservationFact> out = new ArrayList<>();
        byType.forEach((type, readings) -> {
            for (int i = 0; i < readings.size(); i++) {
                SafetyFacts.Observation o = readings.get(i);
                Optional<Session> session = sessionOn(o.date(), sessions);
                if (session.isEmpty()) {
                    continue;
                }
                BigDecimal baseline = null;
                for (SafetyFacts.Observation earlier : readings) {
                    if (earlier.date().isBefore(session.get().date())) {
                        baseline = earlier.value();
                    }
                }
                out.add(new ObservationFact(type, o.date(), o.value(), i,
                        (int) ChronoUnit.DAYS.between(session.get().date(), o.date()), session.get().date(), baseline));
            }
        });
        return out;
    }

    private static List<MarkerFact> markers(SafetyFacts in, List<Session> sessions) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        LocalDate first = sessions.get(0).date();
        Map<String, List<SafetyFacts.MarkerValue>> byMarker = new HashMap<>();
        in.markers().stream().filter(m -> m.date() != null && m.value() != null && m.date().isAfter(first))
                .sorted(Comparator.comparing(SafetyFacts.MarkerValue::date))
                .forEach(m -> byMarker.computeIfAbsent(m.marker(), k -> new ArrayList<>()).add(m));
        List<MarkerFact> out = new ArrayList<>();
        byMarker.forEach((marker, values) -> {
            BigDecimal nadir = null;
            for (int i = 0; i < values.size(); i++) {
                SafetyFacts.MarkerValue m = values.get(i);
                out.add(new MarkerFact(marker, m.date(), m.value(), i, nadir));
                nadir = nadir == null || m.value().compareTo(nadir) < 0 ? m.value() : nadir;
            }
        });
        return out;
    }
}
