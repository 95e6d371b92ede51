package org.ablationpath.outcomes.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.ablationpath.platform.web.FieldProblem;

/**
 * One row of a batch import: {@code IMPORTED} with the new case id, or {@code REJECTED} with one problem per field
 * (and nothing of the row stored). {@code row} counts from 1: the array position, or the CSV data line.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ImportRowResult(int row, String patientId, Status status, UUID caseId, String finalStatus,
                              List<FieldProblem> errors) {

    public enum Status {
        IMPORTED, REJECTED
    }

    static ImportRowResult imported(int row, String patientId, ImportedCase kase) {
        return new ImportRowResult(row, patientId, Status.IMPORTED, kase.caseId(), kase.finalStatus(), List.of());
    }

    static ImportRowResult rejected(int row, String patientId, List<FieldProblem> errors) {
        return new ImportRowResult(row, patientId, Status.REJECTED, null, null, List.copyOf(errors));
    }

    public boolean imported() {
        return status == Status.IMPORTED;
    }
}
