package org.ablationpath.eligibility;

import java.util.List;

/** {@code status} is VALID or INVALID; one error per failing field path. */
public record ValidationResult(String status, List<ValidationError> errors) {

    public static final String VALID = "VALID";
    public static final String INVALID = "INVALID";

    public boolean valid() {
        return VALID.equals(status);
    }
}
