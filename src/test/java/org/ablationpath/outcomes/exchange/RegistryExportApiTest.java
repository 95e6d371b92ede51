package org.ablationpath.outcomes.exchange;

import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.ablationpath.outcomes.exchange.RegistryCasesForTests.pastHccCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CSV export: every entity downloads, pseudonymized (no center pseudonym, no internal id), with the registry
 * pseudonym joining the entities; the data dictionary describes each column; every exported patient's read is logged.
 */
@AblationPathTest
class RegistryExportApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExportPseudonyms pseudonyms;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    org.ablationpath.MovableClock clock;

    private TestRestTemplate dataManager() {
        return rest.withBasicAuth("datamanager", "demo");
    }

    private ResponseEntity<String> download(String file) {
        return dataManager().getForEntity("/api/registry/export/" + file, String.class);
    }

    @Test
    void everyEntityExportsPseudonymizedAndJoinsOnTheRegistryPseudonym() {
        String centerPseudonym = uniquePseudonym("EXP");
        ResponseEntity<JsonNode> created = post(dataManager(), "/api/registry/cases", pastHccCase(centerPseudonym));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        UUID caseId = UUID.fromString(created.getBody().path("caseId").asText());
        UUID patientId = UUID.fromString(created.getBody().path("patientId").asText());
        String casePseudonym = pseudonyms.of(caseId);

        for (String entity : entities()) {
            ResponseEntity<String> csv = download(entity + ".csv");
            assertThat(csv.getStatusCode()).as(entity).isEqualTo(HttpStatus.OK);
            assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
            assertThat(csv.getBody()).as(entity).startsWith("patient,case,center")
                    .doesNotContain(centerPseudonym).doesNotContain(caseId.toString()).doesNotContain(patientId.toString());
        }
        List<List<String>> procedures = Csv.parse(download("imported-procedure.csv").getBody());
        List<String> header = procedures.get(0);
        List<String> row = procedures.stream().filter(r -> r.get(1).equals(casePseudonym)).findFirst().orElseThrow();
        assertThat(row.get(0)).isEqualTo(pseudonyms.of(patientId));
        assertThat(row.get(header.indexOf("modality"))).isEqualTo("MWA");
        assertThat(row.get(header.indexOf("tumorIds"))).isEqualTo("T1");
        assertThat(row.get(header.indexOf("date"))).as("dates as stored").isEqualTo("2021-04-01");
        List<String> tumour = Csv.parse(download("tumour.csv").getBody()).stream()
                .filter(r -> r.get(1).equals(casePseudonym)).findFirst().orElseThrow();
        assertThat(tumour).contains("HCC", "LIVER");
        assertThat(jdbc.queryForObject("select count(*) from app.access_log where patient_id = ? and action = 'REGISTRY_EXPORT'",
                Long.class, patientId)).isGreaterThanOrEqualTo(entities().size());
    }

    /** outcomes.md 4.9: a live session's treated tumours and their technical success (OUT-01) join it by its pseudonym. */
    @Test
    void aLiveSessionExportsItsTreatedTumoursWithTheirTechnicalSuccess() {
        CaseWalk walk = new CaseWalk(rest, engine, clock);
        try {
            walk.toResponseAssessment(uniquePseudonym("EXT"));
        } finally {
            clock.reset();
        }
        String casePseudonym = pseudonyms.of(walk.caseId());

        List<List<String>> sessions = Csv.parse(download("procedure.csv").getBody());
        String session = sessions.stream().filter(r -> r.get(1).equals(casePseudonym)).findFirst().orElseThrow()
                .get(sessions.get(0).indexOf("id"));
        List<List<String>> tumours = Csv.parse(download("procedure-tumour.csv").getBody());
        List<String> header = tumours.get(0);
        List<String> row = tumours.stream().filter(r -> r.get(1).equals(casePseudonym)).findFirst().orElseThrow();
        assertThat(row.get(header.indexOf("session"))).isEqualTo(session);
        assertThat(row.get(header.indexOf("tumorId"))).isEqualTo("T1");
        assertThat(row.get(header.indexOf("technicalSuccess"))).isEqualTo("true");
    }

    @Test
    void theDataDictionaryDescribesEveryColumnFromTheCode() {
        List<List<String>> dictionary = Csv.parse(download("data-dictionary.csv").getBody());

        assertThat(dictionary.get(0)).containsExactly("entity", "field", "type", "unit", "allowedValues", "source");
        assertThat(dictionary).contains(
                List.of("imported-procedure", "modality", "enum", "", "RFA|MWA|CRYO|LASER|IRE|ECT|HIFU|MRGFUS|PEI",
                        "outcomes.exchange.RegistryFollowUp$Session.modality (outcomes.md 4.9)"),
                List.of("lab-panel", "plateletsE9L", "decimal", "×10⁹/L", "",
                        "eligibility.LabData.plateletsE9L (outcomes.md 4.5)"));
        assertThat(dictionary).anySatisfy(r -> assertThat(r.subList(0, 4)).containsExactly("tumour", "maxDiameterMm", "decimal", "mm"));
        assertThat(dictionary).anySatisfy(r -> assertThat(r.subList(0, 3)).containsExactly("procedure", "id", "pseudonym"));
        assertThat(dictionary).noneSatisfy(r -> assertThat(r.get(1)).isIn("recordedBy", "note", "description", "patientId"));
    }

    @Test
    void anUnknownEntityIsA404AndOthersThanDataManagersGetNothing() {
        assertThat(download("patients-with-names.csv").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("physician", "demo").getForEntity("/api/registry/export/patient.csv", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<String> entities() {
        List<String> names = new ArrayList<>();
        Csv.parse(download("data-dictionary.csv").getBody()).stream().skip(1).map(r -> r.get(0))
                .filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }
}
