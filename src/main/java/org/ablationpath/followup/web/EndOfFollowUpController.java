package org.ablationpath.followup.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.ablationpath.followup.internal.EndOfFollowUpReports;
import org.ablationpath.platform.web.StrictJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{id}/end-of-follow-up} with {@code {"reason", "date", "details", "causeOfDeath"}}: a user
 * reports the end of the case's follow-up (death, withdrawal, lost, transferred, palliative only); {@code 201} with
 * the end record, {@code 400} naming the fields, {@code 409} when it already ended.
 */
@RestController
class EndOfFollowUpController {

    record EndRequest(EndReason reason, LocalDate date, String details, CauseOfDeath causeOfDeath) {
    }

    private final EndOfFollowUpReports reports;
    private final ObjectMapper json;

    EndOfFollowUpController(EndOfFollowUpReports reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @PostMapping(path = "/api/cases/{caseId}/end-of-follow-up", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('NURSE','DATA_MANAGER','REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','BOARD_CHAIR')")
    ResponseEntity<EndOfFollowUp.EndRecord> end(@PathVariable UUID caseId, @RequestBody JsonNode body) {
        EndRequest request = StrictJson.read(json, body, EndRequest.class, "");
        EndOfFollowUp.EndRecord ended = reports.report(caseId,
                new EndOfFollowUpReports.EndReport(request.reason(), request.date(), request.details(), request.causeOfDeath()));
        return ResponseEntity.status(HttpStatus.CREATED).body(ended);
    }
}
