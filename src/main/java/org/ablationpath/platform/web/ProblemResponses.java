package org.ablationpath.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the REST API into an RFC 9457 problem response that names the offending fields,
 * and never shows a stack trace (or patient data) to the caller.
 */
@RestControllerAdvice(basePackages = "org.ablationpath")
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String STRING_DATA_RIGHT_TRUNCATION = "22001";

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body could not be read.");
        problem.setTitle("Malformed request");
        problem.setProperty("errors", List.of(JsonProblems.describe(ex.getMostSpecificCause())));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input", problems));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex) {
        return ResponseEntity.status(ex.status()).body(problem(ex.status(), ex.getMessage(), ex.problems()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> problems = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input", problems));
    }

    @ExceptionHandler({ConflictException.class, ObjectOptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Conflicts.message(ex));
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(RuntimeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this action.");
        problem.setTitle("Forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (Conflicts.isConflict(ex)) {
            // a lost race wrapped in another exception (e.g. by the engine or a transaction commit)
            return conflict(new ConflictException(Conflicts.message(ex)));
        }
        if (isTextTooLong(ex)) {
            // a text longer than its column that no validation caught: the caller's input, not a fault (422);
            // the database does not say which field, so the problem cannot name it
            log.warn("Text longer than its column reached the database: add a size limit to the request field", ex);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    "A text in the request is longer than the field allows. Nothing was saved.");
            problem.setTitle("Text too long");
            return ResponseEntity.unprocessableEntity().body(problem);
        }
        // logged by type and message only: messages of our own exceptions never carry patient data
        log.error("Unexpected error in REST call", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. It has been logged; please try again or contact support.");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    /** PostgreSQL SQLState 22001, string data right truncation, anywhere in the cause chain. */
    static boolean isTextTooLong(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && STRING_DATA_RIGHT_TRUNCATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem(HttpStatus status, String title, List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                problems.size() == 1 ? "1 field is invalid." : problems.size() + " fields are invalid.");
        problem.setTitle(title);
        problem.setProperty("errors", problems);
        return problem;
    }

}
