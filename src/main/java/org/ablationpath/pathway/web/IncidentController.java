package org.ablationpath.pathway.web;

import java.util.List;
import java.util.UUID;
import org.ablationpath.pathway.CaseIncident;
import org.ablationpath.pathway.CaseIncidents;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Failed jobs of a case's processes: the list (clinical roles and administrators of the case's centers) and a retry
 * (administrators and nurses): 404 for an unknown case or incident, 409 when it is already resolved.
 */
@RestController
class IncidentController {

    private final CaseIncidents incidents;

    IncidentController(CaseIncidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping(path = "/api/cases/{caseId}/incidents", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','NURSE','ADMIN')")
    List<CaseIncident> incidents(@PathVariable UUID caseId) {
        return incidents.of(caseId);
    }

    @PostMapping(path = "/api/cases/{caseId}/incidents/{incidentId}/retry", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('NURSE','ADMIN')")
    CaseIncident retry(@PathVariable UUID caseId, @PathVariable String incidentId) {
        return incidents.retry(caseId, incidentId);
    }
}
