package org.ablationpath.pathway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.ablationpath.pathway.DeviationReasonForm;
import org.ablationpath.pathway.PathwayDeviations;
import org.ablationpath.platform.web.StrictJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coded reason for a deviation given outside its task (the deviations are listed in {@code GET /api/cases/{id}},
 * member {@code deviations}): 204, 400 naming {@code reasonCode}, 404 for another center's case, 409 when given already.
 */
@RestController
class DeviationController {

    private final PathwayDeviations deviations;
    private final ObjectMapper json;

    DeviationController(PathwayDeviations deviations, ObjectMapper json) {
        this.deviations = deviations;
        this.json = json;
    }

    @PostMapping(path = "/api/cases/{caseId}/deviations/{deviationId}/reason", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('TUMOR_BOARD','BOARD_CHAIR','NURSE')")
    ResponseEntity<Void> giveReason(@PathVariable UUID caseId, @PathVariable UUID deviationId, @RequestBody JsonNode body) {
        deviations.giveReason(caseId, deviationId, StrictJson.read(json, body, DeviationReasonForm.class, ""));
        return ResponseEntity.noContent().build();
    }
}
