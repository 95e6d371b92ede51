package org.ablationpath.outcomes;

import java.time.LocalDate;

/**
 * OUT-02 for one tumour: the first contrast imaging after the initial session, its day, whether it lies in the
 * response window, the result and, when not evaluable, the reason (NO_IMAGING_IN_WINDOW, DEATH, UNRESOLVED_BY_DAY_90,
 * PENDING while the window is still open).
 */
public record TechniqueEfficacy(LocalDate imagingDate, Long dayPostProcedure, Boolean inWindow, Result result,
                                String reason) {

    public enum Result {
        COMPLETE,
        INCOMPLETE,
        NOT_EVALUABLE
    }

    public boolean evaluable() {
        return result != Result.NOT_EVALUABLE;
    }
}
