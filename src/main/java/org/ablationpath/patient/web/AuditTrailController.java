package org.ablationpath.patient.web;

import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.AuditTrail;
import org.ablationpath.identity.Roles;
import org.ablationpath.patient.PatientRecord;
import org.ablationpath.patient.PatientService;
import org.ablationpath.platform.persistence.RecordChange;
import org.ablationpath.platform.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/patients/{id}/audit-trail}: changes and reads of one patient's records, newest first. */
@RestController
class AuditTrailController {

    private final PatientService patients;
    private final AuditTrail auditTrail;

    AuditTrailController(PatientService patients, AuditTrail auditTrail) {
        this.patients = patients;
        this.auditTrail = auditTrail;
    }

    @GetMapping(path = "/api/patients/{patientId}/audit-trail", produces = MediaType.APPLICATION_JSON_VALUE)
    @Secured({"ROLE_" + Roles.ADMIN, "ROLE_" + Roles.DATA_MANAGER})
    List<RecordChange> auditTrail(@PathVariable UUID patientId) {
        PatientRecord patient = patients.find(patientId).orElseThrow(() -> new NotFoundException("No such patient"));
        return auditTrail.ofPatient(patient.id(), patient.centerId());
    }
}
