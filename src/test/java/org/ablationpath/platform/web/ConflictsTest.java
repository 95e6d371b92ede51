package org.ablationpath.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

/** Lost races are told apart from faults, however deeply they are wrapped (409, not 500). */
class ConflictsTest {

    @Test
    void staleVersionsTakenKeysAndOurOwnConflictsAreConflictsAlsoWhenWrapped() {
        assertThat(Conflicts.isConflict(new ConflictException("done already"))).isTrue();
        assertThat(Conflicts.isConflict(new ObjectOptimisticLockingFailureException("Patient", 1))).isTrue();
        assertThat(Conflicts.isConflict(new DuplicateKeyException("end_of_follow_up_case_id_key"))).isTrue();
        assertThat(Conflicts.isConflict(new TransactionSystemException("commit failed",
                new ObjectOptimisticLockingFailureException("Visit", 2)))).isTrue();
        assertThat(Conflicts.message(new IllegalStateException("wrapped", new ConflictException("Task done already."))))
                .isEqualTo("Task done already.");
    }

    @Test
    void faultsAreNotConflicts() {
        assertThat(Conflicts.isConflict(new IllegalStateException("bug"))).isFalse();
        assertThat(Conflicts.isConflict(new DataIntegrityViolationException("check constraint"))).isFalse();
        assertThat(Conflicts.isConflict(null)).isFalse();
    }
}
