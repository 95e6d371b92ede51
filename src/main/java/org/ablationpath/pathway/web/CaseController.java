package org.ablationpath.pathway.web;

import java.util.UUID;
import org.ablationpath.pathway.CaseOverview;
import org.ablationpath.pathway.CaseOverviews;
import org.ablationpath.platform.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{id}}: stage, recommendation, decision and open tasks of a case of the caller's centers. */
@RestController
class CaseController {

    private final CaseOverviews overviews;

    CaseController(CaseOverviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping(path = "/api/cases/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','NURSE')")
    CaseOverview caseOverview(@PathVariable UUID caseId) {
        return overviews.overview(caseId).orElseThrow(() -> new NotFoundException("No such case"));
    }
}
