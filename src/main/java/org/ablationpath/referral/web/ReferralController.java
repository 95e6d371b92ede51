package org.ablationpath.referral.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.StrictJson;
import org.ablationpath.referral.ReferralDetails;
import org.ablationpath.referral.ReferralService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/referrals}: the contract's case document (without {@code followUp}) plus a {@code referral}
 * member with the referral's own fields (source, urgency, question). 201 with the case id; 422 with the
 * validation rules' errors when the document is clinically invalid; nothing is stored then.
 */
@RestController
class ReferralController {

    private static final String REFERRAL_MEMBER = "referral";

    private final ReferralService referrals;
    private final ObjectMapper json;

    ReferralController(ReferralService referrals, ObjectMapper json) {
        this.referrals = referrals;
        this.json = json;
    }

    @PostMapping(path = "/api/referrals", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Secured("ROLE_" + Roles.REFERRING_PHYSICIAN)
    ResponseEntity<Map<String, Object>> submit(@RequestBody JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("$", "Expected a JSON object.")));
        }
        ObjectNode document = object.deepCopy();
        JsonNode details = document.remove(REFERRAL_MEMBER);
        if (details == null || details.isNull()) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem(REFERRAL_MEMBER,
                    "The referral's source, urgency and question are required.")));
        }
        CaseDocument caseDocument = StrictJson.read(json, document, CaseDocument.class, "");
        ReferralDetails referral = StrictJson.read(json, details, ReferralDetails.class, REFERRAL_MEMBER + ".");
        UUID caseId = referrals.submit(caseDocument, referral);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(Map.of("caseId", caseId));
    }
}
