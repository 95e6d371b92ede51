package org.ablationpath.board;

import static org.ablationpath.TestCases.get;
import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Boards, meetings and agendas through the REST API: nomination (completeness and staleness), chair-only agenda
 * changes, attendance and the quorum of pathway.md 6.1, and a decision in the meeting with its concordance, override
 * reason, attendance and rules version.
 */
@AblationPathTest
class BoardMeetingTest {

    static final List<Map<String, Object>> LIVER_QUORUM = List.of(
            attendee("Dr Chair", "CHAIR"), attendee("Dr IR", "INTERVENTIONAL_RADIOLOGY"),
            attendee("Dr Surgeon", "HEPATOBILIARY_SURGERY"), attendee("Dr Hepatologist", "HEPATOLOGY"),
            attendee("Dr Radiologist", "DIAGNOSTIC_RADIOLOGY"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TestRestTemplate chair() {
        return rest.withBasicAuth("chair", "demo");
    }

    TestRestTemplate board() {
        return rest.withBasicAuth("board", "demo");
    }

    static Map<String, Object> attendee(String name, String specialty) {
        return Map.of("name", name, "specialty", specialty, "present", true);
    }

    /** A new board of C01 with one meeting on the given date; returns the meeting id. */
    UUID meetingOn(LocalDate date) {
        ResponseEntity<JsonNode> board = post(chair(), "/api/boards", Map.of("name", uniquePseudonym("Board"),
                "meetingDay", date.getDayOfWeek().name(), "meetingTime", "16:00"));
        assertThat(board.getStatusCode()).as("board %s", board.getBody()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> meetings = post(chair(), "/api/boards/" + board.getBody().path("id").asText() + "/meetings",
                Map.of("firstDate", date.toString()));
        assertThat(meetings.getStatusCode()).as("meetings %s", meetings.getBody()).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(meetings.getBody().get(0).path("id").asText());
    }

    UUID itemOf(UUID meetingId, UUID caseId) {
        ResponseEntity<JsonNode> added = post(chair(), "/api/meetings/" + meetingId + "/agenda", Map.of("caseId", caseId.toString()));
        assertThat(added.getStatusCode()).as("added %s", added.getBody()).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(added.getBody().path("id").asText());
    }

    ResponseEntity<JsonNode> putAttendance(UUID meetingId, List<Map<String, Object>> attendees) {
        return rest.withBasicAuth("chair", "demo").exchange("/api/meetings/" + meetingId + "/attendance", HttpMethod.PUT,
                TestCases.json(Map.of("attendees", attendees)), JsonNode.class);
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    @Test
    void fillingPutsCompleteCasesOnTheAgendaAndTellsWhatStaleCasesMiss() {
        LocalDate today = LocalDate.now(clock);
        UUID fresh = TestCases.refer(rest, hccCase(uniquePseudonym("MTG-FRESH")));
        UUID meetingSoon = meetingOn(today.plusDays(1));

        ResponseEntity<JsonNode> filled = post(board(), "/api/meetings/" + meetingSoon + "/agenda/fill", Map.of());

        assertThat(filled.getStatusCode()).as("fill %s", filled.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(filled.getBody().path("added").findValuesAsText("caseId")).contains(fresh.toString());
        JsonNode agenda = get(board(), "/api/meetings/" + meetingSoon + "/agenda").getBody();
        assertThat(agenda.findValuesAsText("caseId")).contains(fresh.toString());

        // 50 days later the labs (7 days old today) and imaging (14 days) are past TMR-06's 30 and 60 days
        UUID stale = TestCases.refer(rest, hccCase(uniquePseudonym("MTG-STALE")));
        UUID meetingLater = meetingOn(today.plusDays(50));
        ResponseEntity<JsonNode> refused = post(chair(), "/api/meetings/" + meetingLater + "/agenda", Map.of("caseId", stale.toString()));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused.getBody())).containsExactly("caseId");
        assertThat(refused.getBody().toString()).contains("VAL-08", "labs.collectedDate", "dates.imagingDate");
        assertThat(jdbc.queryForObject("select count(*) from app.agenda_item where case_id = ?", Integer.class, stale)).isZero();

        // the referrer sees what is missing
        JsonNode mine = get(rest.withBasicAuth("physician", "demo"), "/api/my-referrals").getBody();
        JsonNode staleRow = null;
        for (JsonNode row : mine) {
            if (row.path("caseId").asText().equals(stale.toString())) {
                staleRow = row;
            }
        }
        assertThat(staleRow).as("my referrals %s", mine).isNotNull();
        assertThat(staleRow.path("missingForBoard").toString()).contains("VAL-08");
        assertThat(staleRow.path("nextStep").asText()).isEqualTo("Review at tumor board");
    }

    @Test
    void onlyTheChairReordersAndDefersAndADeferralNeedsAReason() {
        UUID meeting = meetingOn(LocalDate.now(clock).plusDays(2));
        UUID first = itemOf(meeting, TestCases.refer(rest, hccCase(uniquePseudonym("MTG-A"))));
        UUID second = itemOf(meeting, TestCases.refer(rest, hccCase(uniquePseudonym("MTG-B"))));

        assertThat(post(board(), "/api/meetings/" + meeting + "/agenda/reorder", Map.of("itemIds", List.of(second, first)))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> reordered = post(chair(), "/api/meetings/" + meeting + "/agenda/reorder",
                Map.of("itemIds", List.of(second, first)));
        assertThat(reordered.getBody().findValuesAsText("id")).containsExactly(second.toString(), first.toString());

        assertThat(post(board(), "/api/meetings/" + meeting + "/agenda/" + first + "/defer", Map.of("reason", "Biopsy pending"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> blank = post(chair(), "/api/meetings/" + meeting + "/agenda/" + first + "/defer", Map.of("reason", " "));
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(blank.getBody())).containsExactly("reason");
        ResponseEntity<JsonNode> deferred = post(chair(), "/api/meetings/" + meeting + "/agenda/" + first + "/defer",
                Map.of("reason", "Biopsy pending"));
        assertThat(deferred.getBody().path("status").asText()).isEqualTo("DEFERRED");
        assertThat(deferred.getBody().path("deferReason").asText()).isEqualTo("Biopsy pending");
    }

    @Test
    void aDecisionNeedsTheQuorumOrTheChairsExceptionAndIsThenProvisional() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("MTG-QUORUM")));
        UUID meeting = meetingOn(LocalDate.now(clock).plusDays(3));
        UUID item = itemOf(meeting, caseId);
        assertThat(putAttendance(meeting, LIVER_QUORUM.subList(0, 4)).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode quorum = get(board(), "/api/meetings/" + meeting + "/agenda/" + item + "/quorum").getBody();
        assertThat(quorum.path("missing").toString()).contains("DIAGNOSTIC_RADIOLOGY");
        Map<String, Object> ablation = Map.of("decisionCode", "ABLATION", "intent", "CURATIVE", "rationale", "Single HCC 24 mm.",
                "targetLesions", List.of("T1"), "plannedModality", "MWA");
        ResponseEntity<JsonNode> refused = post(chair(), "/api/meetings/" + meeting + "/agenda/" + item + "/decision", ablation);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused.getBody())).containsExactly("attendance");
        assertThat(jdbc.queryForObject("select count(*) from app.board_decision where case_id = ?", Integer.class, caseId)).isZero();

        assertThat(post(board(), "/api/meetings/" + meeting + "/agenda/" + item + "/quorum-exception",
                Map.of("reason", "Radiologist on call")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(chair(), "/api/meetings/" + meeting + "/agenda/" + item + "/quorum-exception",
                Map.of("reason", "Radiologist on call, images reviewed beforehand")).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> decided = post(chair(), "/api/meetings/" + meeting + "/agenda/" + item + "/decision", ablation);

        assertThat(decided.getStatusCode()).as("decided %s", decided.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(decided.getBody().path("provisional").asBoolean()).isTrue();
        assertThat(decided.getBody().path("quorate").asBoolean()).isFalse();
        assertThat(decided.getBody().path("quorumExceptionReason").asText()).startsWith("Radiologist on call");
        assertThat(decided.getBody().path("attendees").asText()).contains("Dr Chair (CHAIR)").doesNotContain("Dr Radiologist");
        assertThat(decided.getBody().path("targetLesions").toString()).contains("T1");
        assertThat(get(board(), "/api/cases/" + caseId).getBody().path("openTasks").findValuesAsText("formKey"))
                .as("the pathway moved on").doesNotContain("board-review");
    }

    @Test
    void anOverrideNeedsItsReasonAndTheDecisionKeepsConcordanceAttendanceAndRulesVersion() {
        UUID caseId = TestCases.refer(rest, hccCase(uniquePseudonym("MTG-OVERRIDE")));
        UUID meeting = meetingOn(LocalDate.now(clock).plusDays(4));
        UUID item = itemOf(meeting, caseId);
        putAttendance(meeting, LIVER_QUORUM);
        assertThat(get(board(), "/api/meetings/" + meeting + "/agenda/" + item + "/quorum").getBody().path("missing")).isEmpty();

        Map<String, Object> resection = Map.of("decisionCode", "RESECTION", "intent", "CURATIVE", "rationale", "Resectable.");
        ResponseEntity<JsonNode> refused = post(board(), "/api/meetings/" + meeting + "/agenda/" + item + "/decision", resection);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(refused.getBody())).containsExactly("overrideReason");

        ResponseEntity<JsonNode> decided = post(board(), "/api/meetings/" + meeting + "/agenda/" + item + "/decision",
                Map.of("decisionCode", "RESECTION", "intent", "CURATIVE", "rationale", "Resectable.",
                        "overrideReason", "Young patient, surgeon prefers anatomical resection."));

        assertThat(decided.getStatusCode()).as("decided %s", decided.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode d = decided.getBody();
        assertThat(d.path("concordant").asBoolean()).isFalse();
        assertThat(d.path("recommendedStatus").asText()).isEqualTo("ELIGIBLE");
        assertThat(d.path("overrideReason").asText()).startsWith("Young patient");
        assertThat(d.path("rulesVersion").asText()).isNotBlank();
        assertThat(d.path("evaluationId").asText()).isNotBlank();
        assertThat(d.path("quorate").asBoolean()).isTrue();
        assertThat(d.path("provisional").asBoolean()).isFalse();
        assertThat(d.path("meetingId").asText()).isEqualTo(meeting.toString());
        assertThat(d.path("attendees").asText()).contains("Dr Radiologist (DIAGNOSTIC_RADIOLOGY)");

        JsonNode minutes = get(board(), "/api/meetings/" + meeting + "/minutes").getBody();
        assertThat(minutes.path("entries").get(0).path("decision").path("decisionCode").asText()).isEqualTo("RESECTION");
        assertThat(minutes.path("attendees")).hasSize(5);
        ResponseEntity<byte[]> pdf = board().getForEntity("/api/meetings/" + meeting + "/minutes.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");

        assertThat(post(board(), "/api/meetings/" + meeting + "/finalize", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(chair(), "/api/meetings/" + meeting + "/finalize", Map.of()).getBody().path("status").asText())
                .isEqualTo("FINALIZED");
        assertThat(putAttendance(meeting, LIVER_QUORUM).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void quorumPolicyDefaultsFollowPathwaySection61() {
        QuorumPolicy liver = QuorumPolicy.parse("CHAIR, INTERVENTIONAL_RADIOLOGY, HEPATOLOGY|MEDICAL_ONCOLOGY");
        assertThat(liver.missing(List.of(Specialty.CHAIR, Specialty.MEDICAL_ONCOLOGY))).containsExactly("INTERVENTIONAL_RADIOLOGY");
        assertThat(liver.missing(List.of(Specialty.CHAIR, Specialty.INTERVENTIONAL_RADIOLOGY))).containsExactly("HEPATOLOGY|MEDICAL_ONCOLOGY");
        assertThat(liver.and(QuorumPolicy.parse("CHAIR, UROLOGY")).written())
                .containsExactly("CHAIR", "INTERVENTIONAL_RADIOLOGY", "HEPATOLOGY|MEDICAL_ONCOLOGY", "UROLOGY");
        ResponseEntity<JsonNode> bad = post(chair(), "/api/boards", Map.of("name", uniquePseudonym("Bad"), "meetingDay", "MONDAY",
                "meetingTime", "16:00", "quorumPolicy", "CHAIR, WIZARD"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(bad.getBody())).containsExactly("quorumPolicy");
        assertThat(post(board(), "/api/boards", Map.of("name", uniquePseudonym("NotChair"), "meetingDay", "MONDAY",
                "meetingTime", "16:00")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
