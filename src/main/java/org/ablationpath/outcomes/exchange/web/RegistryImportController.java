package org.ablationpath.outcomes.exchange.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.identity.Roles;
import org.ablationpath.outcomes.exchange.ImportRowResult;
import org.ablationpath.outcomes.exchange.ImportedCase;
import org.ablationpath.outcomes.exchange.RegistryBatchImport;
import org.ablationpath.outcomes.exchange.RegistryCaseImport;
import org.ablationpath.outcomes.exchange.RegistryCases;
import org.ablationpath.platform.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retrospective import into the caller's center (data managers): {@code POST /api/registry/cases} one case document
 * with its {@code followUp} (201, 400 unreadable, 422 invalid: nothing stored); {@code POST /api/registry/imports} a
 * batch, a JSON array or {@code text/csv}, answered with one result per row; {@code GET /api/registry/cases/{id}}.
 */
@RestController
class RegistryImportController {

    private final RegistryCaseImport caseImport;
    private final RegistryBatchImport batchImport;
    private final RegistryCases registryCases;

    RegistryImportController(RegistryCaseImport caseImport, RegistryBatchImport batchImport, RegistryCases registryCases) {
        this.caseImport = caseImport;
        this.batchImport = batchImport;
        this.registryCases = registryCases;
    }

    @PostMapping(path = "/api/registry/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    ResponseEntity<ImportedCase> importCase(@RequestBody JsonNode body) {
        ImportedCase imported = caseImport.importCase(body);
        return ResponseEntity.created(URI.create("/api/registry/cases/" + imported.caseId())).body(imported);
    }

    @GetMapping(path = "/api/registry/cases/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    RegistryCases.RegistryCase registryCase(@PathVariable UUID caseId) {
        return registryCases.find(caseId).orElseThrow(() -> new NotFoundException("No such case in your centers"));
    }

    @PostMapping(path = "/api/registry/imports", produces = MediaType.APPLICATION_JSON_VALUE)
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    Map<String, Object> importBatch(@RequestHeader(name = "Content-Type", required = false) String contentType,
                                    @RequestBody String body) {
        RegistryBatchImport.Format format = contentType != null && contentType.toLowerCase().startsWith("text/csv")
                ? RegistryBatchImport.Format.CSV : RegistryBatchImport.Format.JSON;
        List<ImportRowResult> rows = batchImport.importBatch(format, body);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("imported", rows.stream().filter(ImportRowResult::imported).count());
        answer.put("rejected", rows.stream().filter(r -> !r.imported()).count());
        answer.put("rows", rows);
        return answer;
    }
}
