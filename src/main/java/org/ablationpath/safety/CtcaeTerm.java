package org.ablationpath.safety;

import java.util.List;

/**
 * A CTCAE term as safety.md transcribes it: MedDRA code (null where safety.md gives none), name, CLINICAL or
 * LABORATORY, and the grades the term defines (empty when safety.md did not transcribe them: then 1–5 are accepted).
 */
public record CtcaeTerm(String code, String term, String category, List<Integer> grades) {

    public static final List<Integer> ALL_GRADES = List.of(1, 2, 3, 4, 5);

    /** The grades that may be given for this term. */
    public List<Integer> allowedGrades() {
        return grades.isEmpty() ? ALL_GRADES : grades;
    }
}
