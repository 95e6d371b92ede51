package org.ablationpath.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Input that parsed but is not acceptable; rendered as a problem response listing every failing field.
 * 400 for form/bean validation, 422 for a clinically invalid case document (contract: import and referral).
 */
public class InvalidInputException extends RuntimeException {
    private final HttpStatus status;
    private final transient List<FieldProblem> problems;

    public InvalidInputException(HttpStatus status, String title, List<FieldProblem> problems) {
        super(title);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException badRequest(List<FieldProblem> problems) {
        return new InvalidInputException(HttpStatus.BAD_REQUEST, "Invalid input", problems);
    }

    /** Field paths and rule messages only: safe to log, no patient identifiers. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + ": " + getMessage() + " " + problems;
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
