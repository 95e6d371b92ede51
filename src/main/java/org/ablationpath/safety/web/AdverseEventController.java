package org.ablationpath.safety.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.platform.web.StrictJson;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEventReport;
import org.ablationpath.safety.AdverseEvents;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Adverse events of a case: {@code POST} reports one (201 with its location; 400 naming each failing field; 404 for a
 * case of another center), {@code GET} lists them or reads one, with their review state.
 */
@RestController
@RequestMapping(path = "/api/cases/{caseId}/adverse-events", produces = MediaType.APPLICATION_JSON_VALUE)
class AdverseEventController {

    private final AdverseEvents events;
    private final ObjectMapper json;

    AdverseEventController(AdverseEvents events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('NURSE','INTERVENTIONAL_RADIOLOGIST','REFERRING_PHYSICIAN')")
    ResponseEntity<AdverseEvent> report(@PathVariable UUID caseId, @RequestBody JsonNode body) {
        AdverseEvent reported = events.report(caseId, StrictJson.read(json, body, AdverseEventReport.class, ""));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/adverse-events/" + reported.id())).body(reported);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','NURSE')")
    List<AdverseEvent> ofCase(@PathVariable UUID caseId) {
        return events.ofCase(caseId);
    }

    @GetMapping("/{adverseEventId}")
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','NURSE')")
    AdverseEvent one(@PathVariable UUID caseId, @PathVariable UUID adverseEventId) {
        return events.find(caseId, adverseEventId).orElseThrow(() -> new NotFoundException("No such adverse event"));
    }
}
