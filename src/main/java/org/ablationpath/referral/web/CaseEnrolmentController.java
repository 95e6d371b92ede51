package org.ablationpath.referral.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.StrictJson;
import org.ablationpath.referral.CaseEnrolment;
import org.ablationpath.referral.CaseEnrolments;
import org.springframework.http.MediaType;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/cases/{id}/enrolment} with {@code {"enrolled": "…", "expeditedReporting": true,
 * "reportWithinHours": 24}}: the trial or registry of the case (safety.md ALR-16). Read back in {@code GET /api/cases/{id}}.
 */
@RestController
class CaseEnrolmentController {

    record EnrolmentRequest(String enrolled, Boolean expeditedReporting, Integer reportWithinHours) {
    }

    private final CaseEnrolments enrolments;
    private final ObjectMapper json;

    CaseEnrolmentController(CaseEnrolments enrolments, ObjectMapper json) {
        this.enrolments = enrolments;
        this.json = json;
    }

    @PutMapping(path = "/api/cases/{caseId}/enrolment", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Secured({"ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST, "ROLE_" + Roles.DATA_MANAGER})
    CaseEnrolment enrol(@PathVariable UUID caseId, @RequestBody JsonNode body) {
        EnrolmentRequest request = StrictJson.read(json, body, EnrolmentRequest.class, "");
        return enrolments.set(caseId, request.enrolled(), request.expeditedReporting(), request.reportWithinHours());
    }
}
