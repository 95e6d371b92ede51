package org.ablationpath.outcomes.exchange;

import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.refer;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.ablationpath.outcomes.exchange.RegistryCasesForTests.pastHccCaseDeceased;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
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
