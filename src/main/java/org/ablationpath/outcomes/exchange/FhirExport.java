package org.ablationpath.outcomes.exchange;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Roles;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.ResponseAssessments;
import org.ablationpath.outcomes.exchange.internal.RegistryCaseEntity;
import org.ablationpath.outcomes.exchange.internal.RegistryCaseRepository;
import org.ablationpath.patient.LabPanelRecord;
import org.ablationpath.patient.LesionRecord;
import org.ablationpath.patient.PatientRecord;
import org.ablationpath.patient.PatientService;
import org.ablationpath.procedure.ProcedureRecords;
import org.ablationpath.procedure.SessionDetail;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseSummary;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEvents;
import org.hl7.fhir.r4.model.AdverseEvent.AdverseEventActuality;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HL7 FHIR R4 bundle of one patient ({@code $everything}): Patient, a Condition per tumour, a Procedure per
 * ablation session, Observations for labs, tumour responses and vital status, AdverseEvents, and a CarePlan per case
 * for its follow-up schedule and board decision (outcomes.md 4.15). Resources follow mCODE's shapes where they fit
 * (subject, body site, focus on the tumour's Condition), but outcomes.md assigns no SNOMED or LOINC codes yet, so
 * coded values use the application's own code systems ({@code urn:ablationpath:fhir:*}); only CTCAE terms carry
 * their MedDRA code. Ids are registry pseudonyms; names and free text are left out.
 */
@Service
public class FhirExport {

    public static final String MEDIA_TYPE = "application/fhir+json";
    static final String SYSTEM = "urn:ablationpath:fhir:";
    static final String PSEUDONYM_SYSTEM = SYSTEM + "registry-pseudonym";
    /** OUT-01 of one treated tumour, a complex extension of Procedure (see procedure()). */
    static final String TECHNICAL_SUCCESS = SYSTEM + "technical-success";
    private static final String MEDDRA = "http://terminology.hl7.org/CodeSystem/mdr";
    private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    private final PatientService patients;
    private final CaseDirectory cases;
    private final ProcedureRecords procedures;
    private final ResponseAssessments imaging;
    private final AdverseEvents adverseEvents;
    private final FollowUpSchedule followUp;
    private final EndOfFollowUp endOfFollowUp;
    private final RegistryCaseRepository registryCases;
    private final ExportPseudonyms pseudonyms;
    private final CurrentUser currentUser;
    private final AccessLog accessLog;
    private final ObjectMapper json;

    FhirExport(PatientService patients, CaseDirectory cases, ProcedureRecords procedures, ResponseAssessments imaging,
               AdverseEvents adverseEvents, FollowUpSchedule followUp, EndOfFollowUp endOfFollowUp,
               RegistryCaseRepository registryCases, ExportPseudonyms pseudonyms, CurrentUser currentUser,
               AccessLog accessLog, ObjectMapper json) {
        this.patients = patients;
        this.cases = cases;
        this.procedures = procedures;
        this.imaging = imaging;
        this.adverseEvents = adverseEvents;
        this.followUp = followUp;
        this.endOfFollowUp = endOfFollowUp;
        this.registryCases = registryCases;
        this.pseudonyms = pseudonyms;
        this.currentUser = currentUser;
        this.accessLog = accessLog;
        this.json = json;
    }

    /** The shared R4 context: building one takes seconds, using it is thread-safe. */
    public static FhirContext fhir() {
        return FhirContext.forR4Cached();
    }

    /** The patient's bundle if the patient belongs to one of the caller's centers; each case read is logged. */
    @Transactional(readOnly = true)
    @Secured({"ROLE_" + Roles.DATA_MANAGER, "ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST,
            "ROLE_" + Roles.TUMOR_BOARD, "ROLE_" + Roles.NURSE})
    public Optional<Bundle> everything(UUID patientId) {
        Optional<PatientRecord> found = patients.find(patientId).filter(p -> currentUser.canSeeCenter(p.centerId()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PatientRecord patient = found.get();
        List<CaseSummary> patientCases = cases.summaries(cases.caseIdsOfPatient(patientId)).values().stream()
                .filter(c -> !c.voided()).toList();
        BundleBuilder bundle = new BundleBuilder();
        Patient fhirPatient = patient(patient);
        String patientUrl = bundle.add(fhirPatient, patientId, "match");
        for (CaseSummary kase : patientCases) {
            accessLog.patientRecordRead(patientId, kase.id(), kase.centerId(), "FHIR_EVERYTHING");
            addCase(bundle, fhirPatient, patientUrl, kase);
        }
        return Optional.of(bundle.bundle);
    }

    public static String encode(Bundle bundle) {
        return fhir().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    public static byte[] encodeUtf8(Bundle bundle) {
        return encode(bundle).getBytes(StandardCharsets.UTF_8);
    }

    private final class BundleBuilder {
        private final Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);

        /** Adds the resource under a urn:uuid derived from the pseudonym of its internal id; returns that url. */
        String add(Resource resource, UUID internalId, String mode) {
            String url = "urn:uuid:" + UUID.nameUUIDFromBytes(pseudonyms.of(internalId).getBytes(StandardCharsets.US_ASCII));
            Bundle.BundleEntryComponent entry = bundle.addEntry().setFullUrl(url).setResource(resource);
            entry.getSearch().setMode("match".equals(mode) ? Bundle.SearchEntryMode.MATCH : Bundle.SearchEntryMode.INCLUDE);
            bundle.setTotal(1);
            return url;
        }
    }

    private Patient patient(PatientRecord record) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(PSEUDONYM_SYSTEM).setValue(pseudonyms.of(record.id()));
        patient.setGender(switch (record.sex()) {
            case "M" -> Enumerations.AdministrativeGender.MALE;
            case "F" -> Enumerations.AdministrativeGender.FEMALE;
            default -> Enumerations.AdministrativeGender.OTHER;
        });
        patient.setBirthDateElement(new DateType(record.birthDate().toString()));
        return patient;
    }

    private void addCase(BundleBuilder bundle, Patient patient, String patientUrl, CaseSummary kase) {
        Reference subject = new Reference(patientUrl);
        Map<String, String> conditions = new LinkedHashMap<>();
        for (LesionRecord lesion : patients.lesionsOfCase(kase.id())) {
            UUID id = UUID.nameUUIDFromBytes((kase.id() + "/" + lesion.tumorKey()).getBytes(StandardCharsets.UTF_8));
            conditions.put(lesion.tumorKey(), bundle.add(condition(lesion, subject, kase.referralDate()), id, "include"));
        }
        patients.latestLabsOfCase(kase.id()).ifPresent(panel ->
                labs(panel.values(), panel.collectedDate(), subject).forEach(o -> bundle.add(o, UUID.randomUUID(), "include")));
        Optional<RegistryFollowUp> imported = registryCases.findById(kase.id()).map(RegistryCaseEntity::followUp)
                .map(node -> json.convertValue(node, RegistryFollowUp.class));
        Map<UUID, String> sessionUrls = new LinkedHashMap<>();
        for (SessionDetail session : procedures.ofCase(kase.id()).sessions()) {
            sessionUrls.put(session.id(), bundle.add(procedure(session, subject, conditions), session.id(), "include"));
        }
        for (ResponseAssessmentSummary study : imaging.ofCase(kase.id())) {
            for (ResponseAssessmentSummary.TumorResult tumor : study.tumors()) {
                bundle.add(response(study.studyDate(), tumor.tumorId(), tumor.response().name(), subject, conditions),
                        UUID.randomUUID(), "include");
            }
        }
        for (AdverseEvent event : adverseEvents.ofCase(kase.id())) {
            bundle.add(adverseEvent(event, subject, sessionUrls), event.id(), "include");
        }
        imported.ifPresent(f -> addImported(bundle, patient, subject, kase, f, conditions));
        endOfFollowUp.of(kase.id()).filter(end -> end.reason() == EndReason.DEATH && end.date() != null)
                .ifPresent(end -> patient.setDeceased(new DateTimeType(end.date().toString())));
        bundle.add(carePlan(kase, subject, conditions, followUp.visits(kase.id()),
                imported.map(RegistryFollowUp::visitList).orElse(List.of()),
                endOfFollowUp.of(kase.id()).isPresent()), UUID.nameUUIDFromBytes(("careplan/" + kase.id()).getBytes(StandardCharsets.UTF_8)),
                "include");
    }

    private void addImported(BundleBuilder bundle, Patient patient, Reference subject, CaseSummary kase, RegistryFollowUp f,
                             Map<String, String> conditions) {
        for (RegistryFollowUp.Session session : f.sessions()) {
            Procedure procedure = new Procedure().setStatus(Procedure.ProcedureStatus.COMPLETED).setSubject(subject);
            procedure.setCode(code("ablation-modality", session.modality().name(), "Image-guided tumour ablation (" + session.modality() + ")"));
            procedure.setPerformed(new DateTimeType(session.date().toString()));
            session.tumorIds().stream().filter(conditions::containsKey).forEach(t -> procedure.addReasonReference(new Reference(conditions.get(t))));
            procedure.setOutcome(code("technical-success", String.valueOf(session.technicalSuccess()), null));
            bundle.add(procedure, UUID.nameUUIDFromBytes((kase.id() + "/procedure/" + session.procedureId()).getBytes(StandardCharsets.UTF_8)), "include");
        }
        for (RegistryFollowUp.Imaging study : f.studies()) {
            for (RegistryFollowUp.Assessment a : study.assessmentList()) {
                bundle.add(response(study.date(), a.tumorId(), a.response().name(), subject, conditions), UUID.randomUUID(), "include");
            }
        }
        for (JsonNode panel : f.labPanels()) {
            labs(panel, LocalDate.parse(panel.path("date").asText()), subject).forEach(o -> bundle.add(o, UUID.randomUUID(), "include"));
        }
        for (RegistryFollowUp.ReportedAdverseEvent ae : f.adverseEventList()) {
            org.hl7.fhir.r4.model.AdverseEvent event = new org.hl7.fhir.r4.model.AdverseEvent()
                    .setActuality(AdverseEventActuality.ACTUAL).setSubject(subject);
            event.setEvent(new CodeableConcept().setText(ae.term()));
            event.setDateElement(new DateTimeType(ae.onsetDate().toString()));
            if (ae.outcome() != null) {
                event.setOutcome(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/adverse-event-outcome",
                        outcomeCode(ae.outcome().name()), null)));
            }
            bundle.add(event, UUID.nameUUIDFromBytes((kase.id() + "/ae/" + ae.aeId()).getBytes(StandardCharsets.UTF_8)), "include");
        }
        if (f.vitalStatus() != null) {
            RegistryFollowUp.VitalStatusReport vital = f.vitalStatus();
            Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                    .setCode(code("observation", "vital-status", "Vital status")).setSubject(subject);
            observation.setEffective(new DateTimeType(vital.lastContactDate().toString()));
            observation.setValue(code("vital-status", vital.status().name(), null));
            bundle.add(observation, UUID.nameUUIDFromBytes((kase.id() + "/vital").getBytes(StandardCharsets.UTF_8)), "include");
            if (vital.deathDate() != null) {
                patient.setDeceased(new DateTimeType(vital.deathDate().toString()));
            }
        }
    }

    private Condition condition(LesionRecord lesion, Reference subject, LocalDate recorded) {
        Condition condition = new Condition().setSubject(subject);
        condition.setClinicalStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
        condition.setVerificationStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", null)));
        condition.setCode(code("histology", lesion.histology(), lesion.histology()));
        condition.addBodySite(code("organ", lesion.organ(), lesion.organ()));
        condition.addIdentifier().setSystem(SYSTEM + "tumor-id").setValue(lesion.tumorKey());
        condition.setRecordedDateElement(new DateTimeType(recorded.toString()));
        condition.addExtension(new Extension(SYSTEM + "max-diameter-mm",
                new Quantity().setValue(lesion.maxDiameterMm()).setUnit("mm").setSystem("http://unitsofmeasure.org").setCode("mm")));
        return condition;
    }

    private Procedure procedure(SessionDetail session, Reference subject, Map<String, String> conditions) {
        Procedure procedure = new Procedure().setStatus(Procedure.ProcedureStatus.COMPLETED).setSubject(subject);
        String modality = session.tumors().stream().flatMap(t -> t.applications().stream())
                .map(a -> a.getModality() == null ? null : a.getModality().name()).filter(m -> m != null).findFirst().orElse("UNKNOWN");
        procedure.setCode(code("ablation-modality", modality, "Image-guided tumour ablation (" + modality + ")"));
        procedure.setPerformed(new DateTimeType(session.procedureDate().toString()));
        for (SessionDetail.TreatedTumor tumor : session.tumors()) {
            if (conditions.containsKey(tumor.tumorId())) {
                procedure.addReasonReference(new Reference(conditions.get(tumor.tumorId())));
            }
        }
        // OUT-01 is per tumour (outcomes.md 4.9: map<tumorId,bool>), but Procedure.outcome is 0..1: each treated
        // tumour gets a complex extension "technical-success" (tumor: the Condition, tumor-id, success), valid R4;
        // outcome carries the value only when the session treated one tumour, so it is never a made-up session flag
        for (SessionDetail.TreatedTumor tumor : session.tumors()) {
            procedure.addExtension(technicalSuccess(tumor.tumorId(), tumor.technicalSuccess(), conditions));
        }
        if (session.tumors().size() == 1) {
            procedure.setOutcome(code("technical-success", String.valueOf(session.tumors().get(0).technicalSuccess()), null));
        }
        return procedure;
    }

    private static Extension technicalSuccess(String tumorId, boolean success, Map<String, String> conditions) {
        Extension extension = new Extension(TECHNICAL_SUCCESS);
        if (conditions.containsKey(tumorId)) {
            extension.addExtension(new Extension("tumor", new Reference(conditions.get(tumorId))));
        }
        extension.addExtension(new Extension("tumor-id", new StringType(tumorId)));
        extension.addExtension(new Extension("success", new BooleanType(success)));
        return extension;
    }

    private Observation response(LocalDate date, String tumorId, String response, Reference subject, Map<String, String> conditions) {
        Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL).setSubject(subject);
        observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "imaging", null)));
        observation.setCode(code("observation", "tumour-response", "Tumour response after ablation"));
        observation.setEffective(new DateTimeType(date.toString()));
        observation.setValue(code("tumour-response", response, null));
        if (conditions.containsKey(tumorId)) {
            observation.addFocus(new Reference(conditions.get(tumorId)));
        }
        return observation;
    }

    private List<Observation> labs(JsonNode values, LocalDate date, Reference subject) {
        List<Observation> observations = new ArrayList<>();
        values.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue().isObject() ? field.getValue().path("value") : field.getValue();
            if (!value.isNumber()) {
                return;
            }
            Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL).setSubject(subject);
            observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "laboratory", null)));
            observation.setCode(code("lab-analyte", field.getKey(), null));
            observation.setEffective(new DateTimeType(date.toString()));
            observation.setValue(new Quantity().setValue(value.decimalValue()).setUnit(ExportColumns.unit(field.getKey())));
            observations.add(observation);
        });
        return observations;
    }

    private org.hl7.fhir.r4.model.AdverseEvent adverseEvent(AdverseEvent event, Reference subject, Map<UUID, String> sessions) {
        org.hl7.fhir.r4.model.AdverseEvent fhirEvent = new org.hl7.fhir.r4.model.AdverseEvent()
                .setActuality(AdverseEventActuality.ACTUAL).setSubject(subject);
        CodeableConcept term = new CodeableConcept().setText(event.ctcaeTerm());
        if (event.ctcaeTermCode() != null) {
            term.addCoding(new Coding(MEDDRA, event.ctcaeTermCode(), event.ctcaeTerm()));
        }
        fhirEvent.setEvent(term);
        fhirEvent.setDateElement(new DateTimeType(event.onsetDate().toString()));
        int grade = event.worstGrade() != null ? event.worstGrade() : event.gradeAtOnset();
        fhirEvent.addExtension(new Extension(SYSTEM + "ctcae-grade", new IntegerType(grade)));
        if (event.outcome() != null) {
            fhirEvent.setOutcome(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/adverse-event-outcome",
                    outcomeCode(event.outcome().name()), null)));
        }
        if (event.procedureSessionId() != null && sessions.containsKey(event.procedureSessionId())) {
            fhirEvent.addSuspectEntity().setInstance(new Reference(sessions.get(event.procedureSessionId())));
        }
        return fhirEvent;
    }

    private CarePlan carePlan(CaseSummary kase, Reference subject, Map<String, String> conditions, List<ScheduledVisit> visits,
                              List<RegistryFollowUp.Visit> importedVisits, boolean ended) {
        CarePlan plan = new CarePlan().setStatus(ended ? CarePlan.CarePlanStatus.COMPLETED : CarePlan.CarePlanStatus.ACTIVE)
                .setIntent(CarePlan.CarePlanIntent.PLAN).setSubject(subject);
        plan.setTitle("Ablation pathway follow-up");
        if (kase.decisionCode() != null) {
            plan.addCategory(code("decision-code", kase.decisionCode(), null));
        }
        conditions.values().forEach(url -> plan.addAddresses(new Reference(url)));
        for (ScheduledVisit visit : visits) {
            CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
            detail.setStatus(switch (visit.status()) {
                case PLANNED -> CarePlan.CarePlanActivityStatus.SCHEDULED;
                case DONE -> CarePlan.CarePlanActivityStatus.COMPLETED;
                case MISSED -> CarePlan.CarePlanActivityStatus.NOTSTARTED;
                case CANCELLED -> CarePlan.CarePlanActivityStatus.CANCELLED;
            });
            detail.setCode(code("follow-up-visit", visit.gridLabel(), visit.scheduleId() + " " + visit.gridLabel()));
            detail.setScheduled(new Period().setStartElement(new DateTimeType(visit.windowStart().toString()))
                    .setEndElement(new DateTimeType(visit.windowEnd().toString())));
        }
        for (RegistryFollowUp.Visit visit : importedVisits) {
            CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
            detail.setStatus(CarePlan.CarePlanActivityStatus.COMPLETED);
            detail.setCode(code("follow-up-visit", visit.type().name(), null));
            detail.setScheduled(new Period().setStartElement(new DateTimeType(visit.date().toString()))
                    .setEndElement(new DateTimeType(visit.date().toString())));
        }
        return plan;
    }

    private static String outcomeCode(String outcome) {
        return switch (outcome) {
            case "RESOLVED" -> "resolved";
            case "RESOLVED_WITH_SEQUELAE" -> "resolvedWithSequelae";
            case "ONGOING" -> "ongoing";
            case "FATAL" -> "fatal";
            default -> "unknown";
        };
    }

    private static CodeableConcept code(String system, String code, String text) {
        CodeableConcept concept = new CodeableConcept(new Coding(SYSTEM + system, code, null));
        if (text != null) {
            concept.setText(text);
        }
        return concept;
    }
}
