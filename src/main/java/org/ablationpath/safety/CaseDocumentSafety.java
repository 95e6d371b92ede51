package org.ablationpath.safety;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.safety.internal.Analyte;
import org.ablationpath.safety.internal.SafetyFactBuilder;

/**
 * The safety facts of a posted case document (contracts/case-evaluation.md): sessions from
 * {@code followUp.procedures} (else {@code dates.procedureDate}), the {@code labs} block as the pre-procedure sample,
 * {@code followUp.labsPost} as post-procedure samples, adverse events, vital signs, imaging, markers, death and the
 * trial or registry enrolment ({@code followUp.enrolment}, ALR-16).
 */
public final class CaseDocumentSafety {

    private static final String BASELINE = "BASELINE";

    private CaseDocumentSafety() {
    }

    /**
     * @param canonicalLabs the document's {@code labs} block in canonical units (the eligibility evaluation's
     *                      normalized inputs), or null
     */
    public static SafetyFacts facts(CaseDocument doc, JsonNode canonicalLabs, FollowUpDocument followUp, String centerId,
                                    Instant now) {
        return facts(doc, canonicalLabs, followUp, centerId, now, null);
    }

    /** As of a date: what is dated after {@code asOf} (sessions, samples, events, readings, imaging, visits) is left out. */
    public static SafetyFacts facts(CaseDocument doc, JsonNode canonicalLabs, FollowUpDocument followUp, String centerId,
                                    Instant now, LocalDate asOf) {
        FollowUpDocument f = followUp == null ? new FollowUpDocument(null, null, null, null, null, null, null, null)
                : asOf == null ? followUp : upTo(followUp, asOf);
        List<SafetyFacts.Session> sessions = new ArrayList<>();
        f.procedures().stream().filter(p -> p.date() != null)
                .forEach(p -> sessions.add(new SafetyFacts.Session(p.procedureId(), p.date())));
        if (sessions.isEmpty() && doc.dates() != null) {
            date(doc.dates().procedureDate()).ifPresent(d -> sessions.add(new SafetyFacts.Session("procedureDate", d)));
        }
        Map<String, String> histologyByTumor = new HashMap<>();
        List<String> histologies = new ArrayList<>(new LinkedHashSet<>(tumors(doc).stream()
                .map(TumorData::histology).filter(h -> h != null).map(h -> h.toUpperCase(Locale.ROOT)).toList()));
        tumors(doc).forEach(t -> {
            if (t.tumorId() != null && t.histology() != null) {
                histologyByTumor.put(t.tumorId(), t.histology().toUpperCase(Locale.ROOT));
            }
        });

        List<SafetyFacts.LabSample> labs = new ArrayList<>();
        baseline(doc, canonicalLabs).ifPresent(labs::add);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < f.labsPost().size(); i++) {
            FollowUpDocument.PostLabs p = f.labsPost().get(i);
            // the sample date is the lab episode's id (cause key of ALR-07); a second sample of a day adds its index
            String id = ids.add(String.valueOf(p.date())) ? String.valueOf(p.date()) : p.date() + "#" + i;
            labs.add(new SafetyFacts.LabSample(id, p.date(), SafetyFactBuilder.POST_PROCEDURE, values(p)));
        }

        List<SafetyFacts.AdverseEventFacts> events = new ArrayList<>();
        for (int i = 0; i < f.adverseEvents().size(); i++) {
            FollowUpDocument.AdverseEventEntry e = f.adverseEvents().get(i);
            events.add(new SafetyFacts.AdverseEventFacts(e.aeId() == null ? "adverseEvents[" + i + "]" : e.aeId(),
                    e.procedureId(), e.onsetDate(), e.term(), e.gradeAtOnset(), e.worstGrade(),
                    e.interventions() == null ? List.of() : e.interventions().stream().map(Enum::name).toList(),
                    e.solvedWithinProcedure(), e.procedureSucceeded(), e.additionalTherapy(), e.additionalHospitalDays(),
                    e.unplannedStayHours(), e.admissionDate(), e.dischargeDate(), name(e.sequelae()), name(e.outcome()),
                    e.deathDate(), name(e.sir2017Severity()), e.expectedSideEffect()));
        }
        List<SafetyFacts.Observation> observations = f.observations().stream()
                .filter(o -> o.type() != null)
                .map(o -> new SafetyFacts.Observation(o.date(), o.type().name(), o.value())).toList();
        List<SafetyFacts.ImagingStudy> imaging = f.imaging().stream()
                .map(s -> new SafetyFacts.ImagingStudy(s.date(), s.purpose(), Boolean.TRUE.equals(s.newIntraOrganTumour()),
                        Boolean.TRUE.equals(s.extraOrganDisease()),
                        s.assessments() == null ? List.of() : s.assessments().stream()
                                .map(a -> new SafetyFacts.Assessment(a.tumorId(), histologyByTumor.get(a.tumorId()),
                                        a.response(), a.minimalMarginMm())).toList()))
                .toList();
        List<SafetyFacts.MarkerValue> markers = new ArrayList<>();
        f.visits().forEach(v -> {
            if (v.afpNgMl() != null) {
                markers.add(new SafetyFacts.MarkerValue(v.date(), "AFP", v.afpNgMl()));
            }
            if (v.ceaNgMl() != null) {
                markers.add(new SafetyFacts.MarkerValue(v.date(), "CEA", v.ceaNgMl()));
            }
        });
        LocalDate death = f.vitalStatus() == null ? null : f.vitalStatus().deathDate();
        if (death == null) {
            death = f.adverseEvents().stream().map(FollowUpDocument.AdverseEventEntry::deathDate).filter(d -> d != null)
                    .findFirst().orElse(null);
        }
        boolean anticoagulated = doc.patient() != null && doc.patient().anticoagulation() != null
                && !"NONE".equalsIgnoreCase(doc.patient().anticoagulation());
        boolean preAuthorised = f.mdtDecision() != null && Boolean.TRUE.equals(f.mdtDecision().reAblationPreAuthorised());
        List<SafetyFacts.ClosedWindow> closed = f.closedWindows().stream().filter(w -> w != null && w.windowEnd() != null)
                .map(w -> new SafetyFacts.ClosedWindow((w.label() == null ? "?" : w.label()) + ":" + w.windowEnd(),
                        w.scheduleId(), w.label(), w.windowStart(), w.windowEnd(), Boolean.TRUE.equals(w.responseVisit()),
                        w.consecutiveMisses() == null ? 1 : w.consecutiveMisses(), Boolean.TRUE.equals(w.withoutContrast())))
                .toList();
        FollowUpDocument.Enrolment e = f.enrolment();
        SafetyFacts.Enrolment enrolment = e == null || e.enrolled() == null || e.enrolled().isBlank() ? null
                : new SafetyFacts.Enrolment(e.enrolled().strip(), Boolean.TRUE.equals(e.expeditedReporting()),
                        e.reportWithinHours());
        return new SafetyFacts(null, centerId, now, sessions, anticoagulated, histologies, labs, events, observations,
                imaging, markers, preAuthorised, death, closed, enrolment);
    }

    private static FollowUpDocument upTo(FollowUpDocument f, LocalDate asOf) {
        java.util.function.Predicate<LocalDate> known = d -> d == null || !d.isAfter(asOf);
        FollowUpDocument.VitalStatusEntry vital = f.vitalStatus();
        if (vital != null && !known.test(vital.deathDate())) {
            vital = new FollowUpDocument.VitalStatusEntry(vital.status(), vital.lastContactDate(), null, vital.causeOfDeath());
        }
        return new FollowUpDocument(
                f.procedures().stream().filter(p -> known.test(p.date())).toList(),
                f.imaging().stream().filter(i -> known.test(i.date())).toList(),
                f.visits().stream().filter(v -> known.test(v.date())).toList(),
                f.observations().stream().filter(o -> known.test(o.date())).toList(),
                f.labsPost().stream().filter(l -> known.test(l.date())).toList(),
                f.adverseEvents().stream().filter(e -> known.test(e.onsetDate())).toList(),
                f.mdtDecision(), vital,
                f.closedWindows().stream().filter(w -> w.windowEnd() == null || w.windowEnd().isBefore(asOf)).toList(),
                f.enrolment());
    }

    private static List<TumorData> tumors(CaseDocument doc) {
        return doc.tumors() == null ? List.of() : doc.tumors().stream().filter(t -> t != null).toList();
    }

    private static Optional<SafetyFacts.LabSample> baseline(CaseDocument doc, JsonNode labs) {
        if (labs == null || !labs.isObject()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = date(labs.path("collectedDate").asText(null));
        if (date.isEmpty() && doc.dates() != null) {
            date = date(doc.dates().labDate());
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String field : Analyte.fieldNames()) {
            JsonNode v = labs.get(field);
            if (v != null && v.isNumber()) {
                values.put(field, v.decimalValue());
            }
        }
        return date.map(d -> new SafetyFacts.LabSample("labs", d, BASELINE, values));
    }

    private static Map<String, BigDecimal> values(FollowUpDocument.PostLabs p) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        put(m, "plateletsE9L", p.plateletsE9L());
        put(m, "plateletsLlnE9L", p.plateletsLlnE9L());
        put(m, "inr", p.inr());
        put(m, "bilirubinUmolL", p.bilirubinUmolL());
        put(m, "bilirubinUlnUmolL", p.bilirubinUlnUmolL());
        put(m, "creatinineUmolL", p.creatinineUmolL());
        put(m, "creatinineUlnUmolL", p.creatinineUlnUmolL());
        put(m, "hemoglobinGL", p.hemoglobinGL());
        put(m, "hemoglobinLlnGL", p.hemoglobinLlnGL());
        put(m, "altUL", p.altUL());
        put(m, "altUlnUL", p.altUlnUL());
        put(m, "astUL", p.astUL());
        put(m, "astUlnUL", p.astUlnUL());
        put(m, "neutrophilsE9L", p.neutrophilsE9L());
        put(m, "ggtUL", p.ggtUL());
        put(m, "ggtUlnUL", p.ggtUlnUL());
        put(m, "alpUL", p.alpUL());
        put(m, "alpUlnUL", p.alpUlnUL());
        return m;
    }

    private static void put(Map<String, BigDecimal> m, String key, BigDecimal value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
