package org.ablationpath.board.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.ablationpath.board.AgendaAddForm;
import org.ablationpath.board.AgendaFill;
import org.ablationpath.board.AgendaItem;
import org.ablationpath.board.Attendee;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.BoardDecisionForm;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.Meeting;
import org.ablationpath.board.MeetingCase;
import org.ablationpath.board.Minutes;
import org.ablationpath.board.Nomination;
import org.ablationpath.board.QuorumStatus;
import org.ablationpath.board.ReasonForm;
import org.ablationpath.board.ReorderForm;
import org.ablationpath.board.internal.MinutesPdf;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.platform.web.StrictJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A meeting: its agenda (fill, add, reorder, defer), attendance, the quorum and the case of each item (meeting mode),
 * decisions taken in it, and its minutes (JSON and PDF). Chair-only actions answer 403 to other board members.
 */
@RestController
@RequestMapping(path = "/api/meetings/{meetingId}", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('TUMOR_BOARD')")
class MeetingController {

    /** The body of {@code PUT /attendance}. */
    record AttendanceList(List<Attendee> attendees) {
    }

    private final BoardMeetings boards;
    private final MinutesPdf pdf;
    private final ObjectMapper json;

    MeetingController(BoardMeetings boards, MinutesPdf pdf, ObjectMapper json) {
        this.boards = boards;
        this.pdf = pdf;
        this.json = json;
    }

    @GetMapping
    Meeting meeting(@PathVariable UUID meetingId) {
        return boards.meeting(meetingId).orElseThrow(() -> new NotFoundException("No such meeting"));
    }

    @GetMapping("/agenda")
    List<AgendaItem> agenda(@PathVariable UUID meetingId) {
        return boards.agenda(meetingId);
    }

    @PostMapping("/agenda/fill")
    AgendaFill fill(@PathVariable UUID meetingId) {
        return boards.fillAgenda(meetingId);
    }

    @PreAuthorize("hasRole('BOARD_CHAIR')")
    @PostMapping(path = "/agenda", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgendaItem> add(@PathVariable UUID meetingId, @RequestBody JsonNode body) {
        return ResponseEntity.status(201).body(boards.addToAgenda(meetingId, StrictJson.read(json, body, AgendaAddForm.class, "")));
    }

    @PreAuthorize("hasRole('BOARD_CHAIR')")
    @PostMapping(path = "/agenda/reorder", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<AgendaItem> reorder(@PathVariable UUID meetingId, @RequestBody JsonNode body) {
        return boards.reorder(meetingId, StrictJson.read(json, body, ReorderForm.class, ""));
    }

    @PreAuthorize("hasRole('BOARD_CHAIR')")
    @PostMapping(path = "/agenda/{itemId}/defer", consumes = MediaType.APPLICATION_JSON_VALUE)
    AgendaItem defer(@PathVariable UUID meetingId, @PathVariable UUID itemId, @RequestBody JsonNode body) {
        return boards.defer(meetingId, itemId, StrictJson.read(json, body, ReasonForm.class, ""));
    }

    @PreAuthorize("hasRole('BOARD_CHAIR')")
    @PostMapping(path = "/agenda/{itemId}/quorum-exception", consumes = MediaType.APPLICATION_JSON_VALUE)
    AgendaItem quorumException(@PathVariable UUID meetingId, @PathVariable UUID itemId, @RequestBody JsonNode body) {
        return boards.recordQuorumException(meetingId, itemId, StrictJson.read(json, body, ReasonForm.class, ""));
    }

    @GetMapping("/agenda/{itemId}/case")
    MeetingCase meetingCase(@PathVariable UUID meetingId, @PathVariable UUID itemId) {
        return boards.meetingCase(meetingId, itemId).orElseThrow(() -> new NotFoundException("No such agenda item"));
    }

    @GetMapping("/agenda/{itemId}/quorum")
    QuorumStatus quorum(@PathVariable UUID meetingId, @PathVariable UUID itemId) {
        return boards.quorum(meetingId, itemId);
    }

    @PostMapping(path = "/agenda/{itemId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BoardDecision> decide(@PathVariable UUID meetingId, @PathVariable UUID itemId, @RequestBody JsonNode body) {
        return ResponseEntity.status(201).body(boards.decide(meetingId, itemId,
                StrictJson.read(json, body, BoardDecisionForm.class, "")));
    }

    @GetMapping("/nominations/{caseId}")
    Nomination nomination(@PathVariable UUID meetingId, @PathVariable UUID caseId) {
        return boards.checkNomination(meetingId, caseId);
    }

    @GetMapping("/attendance")
    List<Attendee> attendance(@PathVariable UUID meetingId) {
        return boards.attendance(meetingId);
    }

    @PutMapping(path = "/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<Attendee> recordAttendance(@PathVariable UUID meetingId, @RequestBody JsonNode body) {
        AttendanceList list = StrictJson.read(json, body, AttendanceList.class, "");
        return boards.recordAttendance(meetingId, list.attendees());
    }

    @PreAuthorize("hasRole('BOARD_CHAIR')")
    @PostMapping("/finalize")
    Meeting finalizeMeeting(@PathVariable UUID meetingId) {
        return boards.finalizeMeeting(meetingId);
    }

    @GetMapping("/minutes")
    Minutes minutes(@PathVariable UUID meetingId) {
        return boards.minutes(meetingId);
    }

    @GetMapping(path = "/minutes.pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> minutesPdf(@PathVariable UUID meetingId) {
        Minutes minutes = boards.minutes(meetingId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"minutes-" + minutes.meeting().meetingDate() + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.render(minutes));
    }
}
