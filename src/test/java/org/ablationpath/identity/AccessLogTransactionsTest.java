package org.ablationpath.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reads of one transaction reach the access log together, before the transaction commits, and also when it
 * rolls back; a read outside a transaction is written at once.
 */
@AblationPathTest
class AccessLogTransactionsTest {

    @Autowired
    AccessLog accessLog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final UUID patient = UUID.randomUUID();

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("physician", null,
                List.of(new SimpleGrantedAuthority("ROLE_REFERRING_PHYSICIAN"), new SimpleGrantedAuthority(CurrentUser.CENTER_AUTHORITY_PREFIX + "C01"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theReadsOfAReadOnlyTransactionAreWrittenTogetherWhenItCommits() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        int seenInside = readOnly.execute(status -> {
            read(3);
            return loggedReads();
        });

        assertThat(seenInside).as("rows written before the transaction ended").isZero();
        assertThat(loggedReads()).isEqualTo(3);
        assertThat(jdbc.queryForList("select distinct username || ' ' || channel from app.access_log where patient_id = ?",
                String.class, patient)).containsExactly("physician SYSTEM");
    }

    @Test
    void aTransactionThatReadsThousandsWritesThemInChunksAndLosesNone() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> read(1_201));

        assertThat(loggedReads()).isEqualTo(1_201);
    }

    @Test
    void theReadsOfATransactionThatRollsBackAreStillLogged() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            read(2);
            throw new IllegalStateException("the page failed after reading");
        })).hasMessageContaining("the page failed");

        assertThat(loggedReads()).isEqualTo(2);
    }

    @Test
    void aReadOutsideATransactionIsWrittenAtOnce() {
        read(1);

        assertThat(loggedReads()).isEqualTo(1);
    }

    private void read(int times) {
        for (int i = 0; i < times; i++) {
            accessLog.patientRecordRead(patient, null, "C01", "TEST_READ");
        }
    }

    private int loggedReads() {
        return jdbc.queryForObject("select count(*) from app.access_log where patient_id = ?", Integer.class, patient);
    }
}
