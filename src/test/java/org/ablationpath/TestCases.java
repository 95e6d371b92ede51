package org.ablationpath;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Test support for the Spring tests: case documents in the JSON shape of the demo cases (dated relative to today,
 * so labs and imaging are fresh), unique pseudonyms, and the REST calls most tests need.
 */
public final class TestCases {

    public static final ObjectMapper JSON = new ObjectMapper();

    private TestCases() {
    }

    /** A pseudonym no other test (or earlier run on a shared database) uses. */
    public static String uniquePseudonym(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36).toUpperCase();
    }

    /**
     * A valid single HCC of 24 mm in a cirrhotic liver (LI-RADS LR-5, Child-Pugh A, BCLC A): ELIGIBLE through
     * LIV-HCC-03. Set {@code tumors[0].maxDiameterMm} to 31-50 for a DISCUSS (INTL profile).
     */
    public static ObjectNode hccCase(String pseudonym) {
        return liver(pseudonym, "M", "1958-03-14", 180, "1.1",
                """
                [{"tumorId":"T1","organ":"LIVER","histology":"HCC","diagnosisBasis":"IMAGING_LIRADS","liradsCategory":"LR-5",
                  "maxDiameterMm":24,"segment":6,"subcapsular":false,"distanceToCentralBileDuctMm":25}]""");
    }

    /** Two colorectal liver metastases with platelets 42 ×10⁹/L: GEN-03 makes it NOT_ELIGIBLE (correctable). */
    public static ObjectNode lowPlateletsCase(String pseudonym) {
        return liver(pseudonym, "F", "1966-09-02", 42, "1.2",
                """
                [{"tumorId":"T1","organ":"LIVER","histology":"CRLM","diagnosisBasis":"IMAGING_AND_HISTORY","maxDiameterMm":18,"segment":7},
                 {"tumorId":"T2","organ":"LIVER","histology":"CRLM","diagnosisBasis":"IMAGING_AND_HISTORY","maxDiameterMm":12,"segment":4}]""");
    }

    /** The case document plus the {@code referral} member of {@code POST /api/referrals}. */
    public static ObjectNode referral(ObjectNode caseDocument) {
        ObjectNode body = caseDocument.deepCopy();
        ObjectNode referral = body.putObject("referral");
        referral.put("source", "INTERNAL");
        referral.put("urgency", "ROUTINE");
        referral.put("question", "Ablation candidate? (test)");
        return body;
    }

    public static HttpEntity<String> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        try {
            return new HttpEntity<>(body instanceof String s ? s : JSON.writeValueAsString(body), headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static ResponseEntity<JsonNode> post(TestRestTemplate rest, String path, Object body) {
        return rest.exchange(path, HttpMethod.POST, json(body), JsonNode.class);
    }

    public static ResponseEntity<JsonNode> get(TestRestTemplate rest, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    /** Refers the document as the demo physician of C01 and returns the new case id. */
    public static UUID refer(TestRestTemplate rest, ObjectNode caseDocument) {
        ResponseEntity<JsonNode> created = post(rest.withBasicAuth("physician", "demo"), "/api/referrals", referral(caseDocument));
        assertThat(created.getStatusCode()).as("referral answer %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(created.getBody().path("caseId").asText());
    }

    /** The id of the one open board review of the case, as the board member sees it on the case page. */
    public static String boardTaskOf(TestRestTemplate rest, UUID caseId) {
        ResponseEntity<JsonNode> kase = get(rest.withBasicAuth("board", "demo"), "/api/cases/" + caseId);
        assertThat(kase.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode tasks = kase.getBody().path("openTasks");
        assertThat(tasks).as("open tasks of case %s", caseId).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    private static ObjectNode liver(String pseudonym, String sex, String birthDate, int platelets, String inr, String tumors) {
        LocalDate today = LocalDate.now();
        String pregnancy = "F".equals(sex) ? "\"pregnancyStatus\":\"NOT_PREGNANT\"," : "";
        String document = """
                {"patient":{"patientId":"%s","sex":"%s","birthDate":"%s","ecog":0,%s"cardiacDevice":"NONE",
                  "anticoagulation":"NONE","antiplatelet":"NONE","activeInfection":false,"canCooperate":true,
                  "majorOrganFailure":false,"cirrhosis":true,"ascites":"NONE","encephalopathyGrade":0,"fitForSurgery":"BORDERLINE"},
                 "labs":{"collectedDate":"%s","plateletsE9L":%d,"inr":%s,"bilirubinUmolL":18,"albuminGL":40},
                 "disease":{"extrahepaticDisease":false,"macrovascularInvasion":"NONE","diffuseInfiltrative":false},
                 "tumors":%s,
                 "dates":{"referralDate":"%s","imagingDate":"%s"}}
                """.formatted(pseudonym, sex, birthDate, pregnancy, today.minusDays(7), platelets, inr, tumors,
                today.minusDays(5), today.minusDays(14));
        try {
            return (ObjectNode) JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
