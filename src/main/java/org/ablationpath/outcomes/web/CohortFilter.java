package org.ablationpath.outcomes.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.ablationpath.outcomes.Cohort;
import org.ablationpath.platform.web.FieldProblem;

/**
 * The registry's cohort filters as request parameters, bound once for every analytics endpoint: center (repeatable),
 * organ, histology, modality, intent, from and to (ISO dates, from on or before to).
 */
record CohortFilter(List<String> center, String organ, String histology, String modality, String intent, String from,
                    String to) {

    /** The cohort, adding one problem per unreadable parameter (named as the client sent it). */
    Cohort toCohort(List<FieldProblem> problems) {
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(new FieldProblem("to", "not before from"));
        }
        return new Cohort(center == null ? Set.of() : Set.copyOf(center), blank(organ), blank(histology),
                blank(modality), blank(intent), fromDate, toDate);
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "not an ISO date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
