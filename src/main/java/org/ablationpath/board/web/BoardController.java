package org.ablationpath.board.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.ablationpath.board.Board;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.Meeting;
import org.ablationpath.board.NewBoard;
import org.ablationpath.board.NewMeetings;
import org.ablationpath.platform.web.StrictJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Boards of the user's centers and their meetings; creating and planning is the chair's (403 for others). */
@RestController
@RequestMapping(path = "/api/boards", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('TUMOR_BOARD')")
class BoardController {

    private final BoardMeetings boards;
    private final ObjectMapper json;

    BoardController(BoardMeetings boards, ObjectMapper json) {
        this.boards = boards;
        this.json = json;
    }

    @GetMapping
    List<Board> boards() {
        return boards.boards();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('BOARD_CHAIR')")
    ResponseEntity<Board> create(@RequestBody JsonNode body) {
        Board created = boards.createBoard(StrictJson.read(json, body, NewBoard.class, ""));
        return ResponseEntity.created(URI.create("/api/boards/" + created.id())).body(created);
    }

    @GetMapping("/{boardId}/meetings")
    List<Meeting> meetings(@PathVariable UUID boardId) {
        return boards.meetings(boardId);
    }

    @PreAuthorize("hasRole('BOARD_CHAIR')")
    @PostMapping(path = "/{boardId}/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<Meeting>> plan(@PathVariable UUID boardId, @RequestBody JsonNode body) {
        List<Meeting> planned = boards.planMeetings(boardId, StrictJson.read(json, body, NewMeetings.class, ""));
        return ResponseEntity.status(201).body(planned);
    }
}
