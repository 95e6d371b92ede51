package org.ablationpath.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A text longer than its column that slipped past validation is the caller's input (422), never a 500. */
class TextTooLongProblemTest {

    private final ProblemResponses responses = new ProblemResponses();

    @Test
    void stringDataRightTruncationFromTheDatabaseIsA422Problem() {
        SQLException database = new SQLException("ERROR: value too long for type character varying(40)", "22001");
        ResponseEntity<ProblemDetail> answer = responses.unexpected(
                new DataIntegrityViolationException("could not execute statement", new RuntimeException(database)));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().getTitle()).isEqualTo("Text too long");
        assertThat(answer.getBody().getDetail()).doesNotContain("character varying");
    }

    @Test
    void otherDatabaseFailuresStayInternalErrors() {
        SQLException database = new SQLException("ERROR: division by zero", "22012");

        assertThat(responses.unexpected(new DataIntegrityViolationException("failed", database)).getStatusCode())
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
