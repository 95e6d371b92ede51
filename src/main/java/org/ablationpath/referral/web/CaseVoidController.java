package org.ablationpath.referral.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.StrictJson;
import org.ablationpath.referral.CaseVoiding;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/cases/{id}/void} with {@code {"reason": "…"}}: the case was entered in error. */
@RestController
class CaseVoidController {

    record VoidRequest(String reason) {
    }

    private final CaseVoiding voiding;
    private final ObjectMapper json;

    CaseVoidController(CaseVoiding voiding, ObjectMapper json) {
        this.voiding = voiding;
        this.json = json;
    }

    @PostMapping(path = "/api/cases/{caseId}/void", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Secured({"ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.BOARD_CHAIR})
    ResponseEntity<Void> voidCase(@PathVariable UUID caseId, @RequestBody JsonNode body) {
        voiding.voidCase(caseId, StrictJson.read(json, body, VoidRequest.class, "").reason());
        return ResponseEntity.noContent().build();
    }
}
