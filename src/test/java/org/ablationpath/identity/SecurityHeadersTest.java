package org.ablationpath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The pages carry the browser protections a hospital's security review looks for; errors carry no stack trace. */
@AblationPathTest
class SecurityHeadersTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void loginPageSendsSecurityHeaders() {
        HttpHeaders headers = rest.getForEntity("/login", String.class).getHeaders();

        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(headers.getFirst("Permissions-Policy")).contains("camera=()");
        assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    }

    @Test
    void apiErrorsNeverShowAStackTrace() {
        ResponseEntity<String> answer = rest.withBasicAuth("board", "demo").getForEntity("/api/cases/not-a-uuid", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).doesNotContain("at org.").doesNotContain("Exception");
    }
}
