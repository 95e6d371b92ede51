package org.ablationpath.followup.internal;

import java.time.LocalDate;
import java.util.List;
import org.ablationpath.platform.web.FieldProblem;

/** Date checks the forms share: what happened cannot have happened after today. */
final class TaskDates {

    private TaskDates() {
    }

    static void notAfterToday(String field, LocalDate date, LocalDate today, List<FieldProblem> problems) {
        if (date != null && date.isAfter(today)) {
            problems.add(new FieldProblem(field, "Cannot be after today (" + today + ")."));
        }
    }
}
