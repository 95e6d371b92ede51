package org.ablationpath.outcomes.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * A batch of case documents, JSON (an array) or CSV ({@link CsvCaseLayout}): each row is imported on its own in its own
 * transaction ({@link RegistryCaseImport}), so a rejected row leaves nothing and does not stop the others.
 */
@Service
public class RegistryBatchImport {

    public enum Format {
        JSON, CSV
    }

    private final RegistryCaseImport caseImport;
    private final ObjectMapper json;

    RegistryBatchImport(RegistryCaseImport caseImport, ObjectMapper json) {
        this.caseImport = caseImport;
        this.json = json;
    }

    /**
     * @throws InvalidInputException when the file as a whole cannot be read (not a JSON array, bad CSV header)
     */
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    public List<ImportRowResult> importBatch(Format format, String content) {
        List<JsonNode> rows = new ArrayList<>();
        if (format == Format.CSV) {
            CsvCaseLayout.read(content).forEach(r -> rows.add(r.document()));
        } else {
            JsonNode array;
            try {
                array = json.readTree(content);
            } catch (JsonProcessingException unreadable) {
                throw InvalidInputException.badRequest(List.of(new FieldProblem("$", "Not readable as JSON: "
                        + unreadable.getOriginalMessage())));
            }
            if (array == null || !array.isArray()) {
                throw InvalidInputException.badRequest(List.of(new FieldProblem("$", "Expected a JSON array of case documents.")));
            }
            array.forEach(rows::add);
        }
        return importRows(rows);
    }

    /** Rows already read; each imported or rejected on its own. */
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    public List<ImportRowResult> importRows(List<JsonNode> rows) {
        List<ImportRowResult> results = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String patientId = row.path("patient").path("patientId").isValueNode()
                    ? row.path("patient").path("patientId").asText() : null;
            try {
                results.add(ImportRowResult.imported(i + 1, patientId, caseImport.importCase(row)));
            } catch (InvalidInputException rejected) {
                results.add(ImportRowResult.rejected(i + 1, patientId, rejected.problems()));
            } catch (DataAccessException storeFailed) {
                // e.g. a constraint the checks did not foresee: this row is rolled back, the others go on
                results.add(ImportRowResult.rejected(i + 1, patientId, List.of(new FieldProblem("$",
                        "The row could not be stored: " + storeFailed.getMostSpecificCause().getMessage()))));
            }
        }
        return results;
    }
}
