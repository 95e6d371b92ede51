package org.ablationpath.outcomes.exchange;

import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.refer;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.ablationpath.outcomes.exchange.RegistryCasesForTests.pastHccCaseDeceased;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.ablationpath.procedure.ProcedureForms;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/fhir/Patient/{id}/$everything: the bundle of an imported and of a live patient parses strictly, has every
 * element R4 makes mandatory and no dangling reference, and holds the expected resources; other centers get 404.
 */
@AblationPathTest
class FhirBundleTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExportPseudonyms pseudonyms;

    private Bundle everything(TestRestTemplate client, UUID patientId) {
        ResponseEntity<String> answer = client.getForEntity("/api/fhir/Patient/" + patientId + "/$everything", String.class);
        assertThat(answer.getStatusCode()).as("answer %s", answer.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/fhir+json");
        Bundle bundle = FhirExport.fhir().newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .parseResource(Bundle.class, answer.getBody());
        assertThat(FhirBundleCheck.problems(FhirExport.fhir(), bundle)).isEmpty();
        return bundle;
    }

    @Test
    void anImportedPatientsBundleHoldsTheirTumoursSessionsObservationsEventsAndPlan() {
        ResponseEntity<JsonNode> created = post(rest.withBasicAuth("datamanager", "demo"), "/api/registry/cases",
                pastHccCaseDeceased(uniquePseudonym("FHIR")));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        UUID patientId = UUID.fromString(created.getBody().path("patientId").asText());

        Bundle bundle = everything(rest.withBasicAuth("datamanager", "demo"), patientId);

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        Patient patient = only(bundle, Patient.class);
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(pseudonyms.of(patientId));
        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(FhirExport.PSEUDONYM_SYSTEM);
        assertThat(patient.getDeceasedDateTimeType().getValueAsString()).isEqualTo("2023-09-14");
        assertThat(patient.getName()).isEmpty();
        Condition tumour = only(bundle, Condition.class);
        assertThat(tumour.getCode().getCodingFirstRep().getCode()).isEqualTo("HCC");
        assertThat(tumour.getBodySiteFirstRep().getCodingFirstRep().getCode()).isEqualTo("LIVER");
        Procedure session = only(bundle, Procedure.class);
        assertThat(session.getCode().getCodingFirstRep().getCode()).isEqualTo("MWA");
        assertThat(session.getPerformedDateTimeType().getValueAsString()).isEqualTo("2021-04-01");
        assertThat(session.getReasonReferenceFirstRep().getReference()).isEqualTo(fullUrlOf(bundle, tumour));
        List<Observation> observations = all(bundle, Observation.class);
        assertThat(observations).extracting(o -> o.getCode().getCodingFirstRep().getCode())
                .contains("tumour-response", "vital-status", "plateletsE9L", "altUL");
        Observation response = observations.stream()
                .filter(o -> "tumour-response".equals(o.getCode().getCodingFirstRep().getCode())).findFirst().orElseThrow();
        assertThat(response.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("COMPLETE");
        assertThat(response.getFocusFirstRep().getReference()).isEqualTo(fullUrlOf(bundle, tumour));
        assertThat(only(bundle, AdverseEvent.class).getEvent().getText()).isEqualTo("Pain");
        CarePlan plan = only(bundle, CarePlan.class);
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.COMPLETED);
        assertThat(plan.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("ABLATION");
        assertThat(plan.getActivity()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from app.access_log where patient_id = ? and action = 'FHIR_EVERYTHING'",
                Long.class, patientId)).isEqualTo(1L);
    }

    @Test
    void aLivePatientsBundleIsValidForTheirCentersClinicians() {
        UUID caseId = refer(rest, hccCase(uniquePseudonym("FHIR")));
        UUID patientId = jdbc.queryForObject("select patient_id from app.clinical_case where id = ?", UUID.class, caseId);

        Bundle bundle = everything(rest.withBasicAuth("nurse", "demo"), patientId);

        assertThat(all(bundle, Condition.class)).hasSize(1);
        assertThat(only(bundle, CarePlan.class).getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(rest.withBasicAuth("nurse2", "demo").getForEntity("/api/fhir/Patient/" + patientId + "/$everything",
                String.class).getStatusCode()).as("a nurse of another center").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void eachTreatedTumoursTechnicalSuccessIsExported() {
        // one session treats two HCCs: the operator records success for T1 and failure for T2 (OUT-01, outcomes.md 4.9)
        ObjectNode document = hccCase(uniquePseudonym("FHIR"));
        ObjectNode second = ((ObjectNode) document.path("tumors").get(0)).deepCopy();
        second.put("tumorId", "T2").put("segment", 7).put("maxDiameterMm", 18);
        ((ArrayNode) document.path("tumors")).add(second);
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        try {
            UUID caseId = walk.refer(document);
            walk.complete("board", "board-review", TestCases.JSON.createObjectNode().put("decisionCode", "ABLATION")
                    .put("intent", "CURATIVE").put("rationale", "Two HCCs within Milan, Child-Pugh A."));
            LocalDate day = LocalDate.now(clock).plusDays(14);
            walk.complete("nurse", "pre-procedure-checklist", ProcedureForms.checklist(day, LocalDate.now(clock)));
            walk.travelTo(day);
            ObjectNode record = ProcedureForms.procedureRecord(day, "T1", "T2");
            ((ObjectNode) record.path("technicalSuccess").get(1)).put("success", false);
            walk.complete("radiologist", "procedure-record", record);
            UUID patientId = jdbc.queryForObject("select patient_id from app.clinical_case where id = ?", UUID.class, caseId);

            Bundle bundle = everything(rest.withBasicAuth("nurse", "demo"), patientId);

            Procedure session = only(bundle, Procedure.class);
            Map<String, String> tumourUrls = all(bundle, Condition.class).stream().collect(Collectors.toMap(
                    c -> c.getIdentifierFirstRep().getValue(), c -> fullUrlOf(bundle, c)));
            List<Extension> perTumour = session.getExtensionsByUrl(FhirExport.TECHNICAL_SUCCESS);
            assertThat(perTumour).extracting(e -> ((Reference) e.getExtensionByUrl("tumor").getValue()).getReference(),
                    e -> e.getExtensionByUrl("tumor-id").getValue().primitiveValue(),
                    e -> ((BooleanType) e.getExtensionByUrl("success").getValue()).booleanValue())
                    .containsExactlyInAnyOrder(tuple(tumourUrls.get("T1"), "T1", true), tuple(tumourUrls.get("T2"), "T2", false));
            assertThat(session.hasOutcome()).as("no single outcome stands for two tumours").isFalse();
        } finally {
            clock.reset();
            ClockUtil.reset();
        }
    }

    @Test
    void theCheckFindsMissingMandatoryElementsAndDanglingReferences() {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        Observation observation = new Observation();
        observation.setSubject(new Reference("urn:uuid:" + UUID.randomUUID()));
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(observation);

        assertThat(FhirBundleCheck.problems(FhirExport.fhir(), bundle))
                .anySatisfy(p -> assertThat(p).contains("Observation.status is required"))
                .anySatisfy(p -> assertThat(p).contains("Observation.code is required"))
                .anySatisfy(p -> assertThat(p).contains("not in the bundle"));
    }

    private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends Resource> T only(Bundle bundle, Class<T> type) {
        List<T> found = all(bundle, type);
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private static String fullUrlOf(Bundle bundle, Resource resource) {
        return bundle.getEntry().stream().filter(e -> e.getResource() == resource).findFirst().orElseThrow().getFullUrl();
    }
}
