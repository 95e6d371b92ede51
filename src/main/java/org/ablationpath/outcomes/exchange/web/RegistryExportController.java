package org.ablationpath.outcomes.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ablationpath.identity.Roles;
import org.ablationpath.outcomes.exchange.RegistryExport;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/registry/export/{entity}.csv}: one entity of the caller's centers, pseudonymized;
 * {@code GET /api/registry/export/data-dictionary.csv}: field, type, unit, allowed values and source of every column.
 * Data managers only. Written straight to the response: CSV whatever the client's Accept header says.
 */
@RestController
class RegistryExportController {

    private final RegistryExport export;

    RegistryExportController(RegistryExport export) {
        this.export = export;
    }

    @GetMapping("/api/registry/export/data-dictionary.csv")
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    void dataDictionary(HttpServletResponse response) throws IOException {
        write(response, "data-dictionary.csv", export.dataDictionaryCsv());
    }

    @GetMapping("/api/registry/export/{entity}.csv")
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    void entity(@PathVariable String entity, HttpServletResponse response) throws IOException {
        write(response, entity + ".csv", export.csv(entity));
    }

    private static void write(HttpServletResponse response, String fileName, String csv) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
