package org.ablationpath.outcomes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * OUT-17 for one grid visit: IN_WINDOW, OUT_OF_WINDOW or MISSED once due; NOT_DUE while its window is open or after
 * death; CANCELLED visits count nowhere.
 */
public record VisitCompliance(String label, LocalDate target, LocalDate windowStart, LocalDate windowEnd,
                              LocalDate actual, Status status) {

    public enum Status {
        IN_WINDOW,
        OUT_OF_WINDOW,
        MISSED,
        NOT_DUE,
        CANCELLED
    }

    /** The contract's inWindow: true, false, or absent while not due (a method, so Jackson needs to be told). */
    @JsonProperty("inWindow")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Boolean inWindow() {
        return switch (status) {
            case IN_WINDOW -> true;
            case OUT_OF_WINDOW, MISSED -> false;
            default -> null;
        };
    }

    public boolean due() {
        return status == Status.IN_WINDOW || status == Status.OUT_OF_WINDOW || status == Status.MISSED;
    }
}
