package org.ablationpath.safety.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.patient.LabPanelAdded;
import org.ablationpath.patient.LabPanelRecord;
import org.ablationpath.patient.PatientService;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseEnrolments;
import org.ablationpath.safety.AlertDraft;
import org.ablationpath.safety.AlertsDrafted;
import org.ablationpath.safety.DeathRecorded;
import org.ablationpath.safety.FollowUpWindowClosed;
import org.ablationpath.safety.SafetyAssessment;
import org.ablationpath.safety.SafetyFacts;
import org.ablationpath.safety.SafetyRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the safety rules on a live case: when an adverse event is reported or reviewed (its classification is stored
 * with it), when a post-procedure lab panel is stored, when a follow-up window closes without its contact
 * (ALR-10, ALR-11) and when a death is recorded (ALR-01); the alerts asked for go out as {@link AlertsDrafted} (none
 * when there are no drafts). Sessions come from the procedure module, labs from the patient module.
 */
@Component
class SafetyAssessor {

    private final SafetyRules rules;
    private final ObjectProvider<ProcedureSessions> procedures;
    private final PatientService patients;
    private final CaseDirectory cases;
    private final CaseEnrolments enrolments;
    private final AdverseEventRepository adverseEvents;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SafetyAssessor(SafetyRules rules, ObjectProvider<ProcedureSessions> procedures, PatientService patients,
                   CaseDirectory cases, CaseEnrolments enrolments, AdverseEventRepository adverseEvents,
                   ApplicationEventPublisher publisher, Clock clock) {
        this.rules = rules;
        this.procedures = procedures;
        this.patients = patients;
        this.cases = cases;
        this.enrolments = enrolments;
        this.adverseEvents = adverseEvents;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Classifies the adverse event, stores the classification on it and publishes the alerts it calls for; the
     * case's trial or registry enrolment decides ALR-16.
     */
    void assess(AdverseEventEntity event) {
        SafetyFacts.Enrolment enrolment = enrolments.of(event.caseId()).filter(e -> e.enrolled() != null)
                .map(e -> new SafetyFacts.Enrolment(e.enrolled(), e.expeditedReporting(), e.reportWithinHours()))
                .orElse(null);
        SafetyFacts facts = new SafetyFacts(event.caseId(), event.centerId(), clock.instant(), sessions(event.caseId()),
                false, List.of(), List.of(), List.of(event.facts()), List.of(), List.of(), List.of(), false, null,
                List.of(), enrolment);
        SafetyAssessment assessment = rules.assess(facts);
        assessment.adverseEvents().stream().findFirst().ifPresent(c -> event.classify(c, assessment.rulesVersion()));
        publish(event.caseId(), event.centerId(), assessment.alerts());
    }

    /**
     * A post-procedure panel is graded against the last values before its own session (safety.md 3.3; ALR-07,
     * ALR-08). Only that session is handed to the rules: panels between an earlier session and this one (the
     * pre-procedure labs of a re-ablation) are then baseline candidates, not post-procedure samples graded again.
     */
    @EventListener
    void labPanelAdded(LabPanelAdded added) {
        SafetyFacts.LabSample sample = sample(added.panel());
        List<SafetyFacts.Session> dated = sessions(added.caseId()).stream().filter(s -> s.date() != null)
                .sorted(Comparator.comparing(SafetyFacts.Session::date)).toList();
        List<SafetyFacts.Session> own = sample.collectedDate() == null ? List.of()
                : SafetyFactBuilder.sessionOn(sample.collectedDate(), dated).map(List::of).orElse(List.of());
        if (own.isEmpty() || !SafetyFactBuilder.postProcedure(sample, own)) {
            return;
        }
        String centerId = cases.visibleCase(added.caseId()).map(c -> c.centerId()).orElse(null);
        if (centerId == null) {
            return;
        }
        // panels before the sample's session are baseline candidates; the new one is the sample graded now
        List<SafetyFacts.LabSample> labs = new ArrayList<>();
        patients.labPanelsOfCase(added.caseId()).stream().map(SafetyAssessor::sample)
                .filter(s -> s.collectedDate() != null && !SafetyFactBuilder.postProcedure(s, own))
                .forEach(labs::add);
        labs.add(sample);
        boolean anticoagulated = patients.find(added.patientId())
                .map(p -> p.clinicalStatus() == null ? "" : p.clinicalStatus().path("anticoagulation").asText(""))
                .map(a -> !a.isBlank() && !"NONE".equalsIgnoreCase(a)).orElse(false);
        SafetyAssessment assessment = rules.assess(new SafetyFacts(added.caseId(), centerId, clock.instant(), own,
                anticoagulated, List.of(), labs, List.of(), List.of(), List.of(), List.of(), false, null));
        publish(added.caseId(), centerId, assessment.alerts());
    }

    /** FUP-03 / FUP-04: a follow-up window closed without its contact or imaging (ALR-10, ALR-11). */
    @EventListener
    void followUpWindowClosed(FollowUpWindowClosed closed) {
        SafetyFacts.ClosedWindow window = new SafetyFacts.ClosedWindow(closed.visitId().toString(), closed.scheduleId(),
                closed.gridLabel(), closed.windowStart(), closed.windowEnd(), closed.responseVisit(), closed.consecutiveMisses(),
                closed.withoutContrast());
        SafetyAssessment assessment = rules.assess(new SafetyFacts(closed.caseId(), closed.centerId(), clock.instant(), List.of(),
                false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false, null, List.of(window)));
        publish(closed.caseId(), closed.centerId(), assessment.alerts());
    }

    /**
     * TMG-03 / ALR-01: a death within 30 days of an ablation session. The case's adverse events go in only for the
     * rule's guard (a fatal event already raised ALR-01 for itself); only the death's own alert is published, so the
     * events' alerts are not raised again. The cause key is the death date: the same death recorded twice (vital
     * status and end of follow-up) is one alert.
     */
    @EventListener
    void deathRecorded(DeathRecorded death) {
        if (death.deathDate() == null) {
            return;
        }
        List<SafetyFacts.AdverseEventFacts> events = adverseEvents.findByCaseIdOrderByOnsetDateDescReportedAtDesc(
                death.caseId()).stream().map(AdverseEventEntity::facts).toList();
        SafetyAssessment assessment = rules.assess(new SafetyFacts(death.caseId(), death.centerId(), clock.instant(),
                sessions(death.caseId()), false, List.of(), List.of(), events, List.of(), List.of(), List.of(), false,
                death.deathDate()));
        publish(death.caseId(), death.centerId(), assessment.alerts().stream()
                .filter(d -> d.causeKey().startsWith("DEATH:")).toList());
    }

    private void publish(UUID caseId, String centerId, List<AlertDraft> drafts) {
        if (!drafts.isEmpty()) {
            publisher.publishEvent(new AlertsDrafted(caseId, centerId, drafts));
        }
    }

    private List<SafetyFacts.Session> sessions(UUID caseId) {
        ProcedureSessions known = procedures.getIfAvailable();
        return known == null ? List.of() : known.sessions(caseId).stream()
                .map(s -> new SafetyFacts.Session(s.id().toString(), s.date())).toList();
    }

    /** The panel's graded analytes in canonical units; the sample date is its id (the lab episode of ALR-07). */
    static SafetyFacts.LabSample sample(LabPanelRecord panel) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        JsonNode node = panel.values();
        for (String field : Analyte.fieldNames()) {
            JsonNode v = node == null ? null : node.get(field);
            if (v != null && v.isNumber()) {
                values.put(field, v.decimalValue());
            } else if (v != null && v.isObject() && v.path("value").isNumber() && v.path("unit").isMissingNode()) {
                values.put(field, v.path("value").decimalValue());
            }
        }
        return new SafetyFacts.LabSample(String.valueOf(panel.collectedDate()), panel.collectedDate(), panel.context(), values);
    }
}
