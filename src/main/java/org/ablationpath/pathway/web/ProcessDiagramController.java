package org.ablationpath.pathway.web;

import java.time.Duration;
import org.ablationpath.identity.Roles;
import org.ablationpath.pathway.CaseOverviews;
import org.ablationpath.platform.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The BPMN of a deployed process definition, for the case page's diagram (the screens' session, the case page's
 * roles). A definition id names one deployed version, which never changes: the browser keeps the ~70 kB once
 * instead of receiving it with every case it opens.
 */
@RestController
class ProcessDiagramController {

    static final String PATH = "/process-diagrams/";

    private final CaseOverviews overviews;

    ProcessDiagramController(CaseOverviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping(path = PATH + "{definitionId}", produces = MediaType.APPLICATION_XML_VALUE)
    @Secured({"ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST, "ROLE_" + Roles.TUMOR_BOARD,
            "ROLE_" + Roles.NURSE})
    ResponseEntity<String> diagram(@PathVariable String definitionId) {
        String xml = overviews.diagramXml(definitionId).orElseThrow(() -> new NotFoundException("No such process definition"));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .body(xml);
    }
}
