package org.ablationpath.outcomes.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.ablationpath.identity.Roles;
import org.ablationpath.outcomes.exchange.FhirExport;
import org.ablationpath.platform.web.NotFoundException;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/fhir/Patient/{id}/$everything}: the patient's FHIR R4 searchset bundle as application/fhir+json,
 * for data managers and the clinical roles of the patient's center (404 for a patient of another center).
 */
@RestController
class FhirController {

    private final FhirExport fhir;

    FhirController(FhirExport fhir) {
        this.fhir = fhir;
    }

    @GetMapping("/api/fhir/Patient/{patientId}/$everything")
    @Secured({"ROLE_" + Roles.DATA_MANAGER, "ROLE_" + Roles.REFERRING_PHYSICIAN, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST,
            "ROLE_" + Roles.TUMOR_BOARD, "ROLE_" + Roles.NURSE})
    void everything(@PathVariable UUID patientId, HttpServletResponse response) throws IOException {
        Bundle bundle = fhir.everything(patientId).orElseThrow(() -> new NotFoundException("No such patient in your centers"));
        byte[] body = FhirExport.encodeUtf8(bundle);
        response.setContentType(FhirExport.MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
