package org.ablationpath.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@AblationPathTest
class ReadOnlyTransactionMemoTest {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ReadOnlyTransaction readOnly;

    private final AtomicInteger reads = new AtomicInteger();

    private Integer read(String key) {
        return ReadOnlyTransactionMemo.remember(List.of("test", key), reads::incrementAndGet);
    }

    @Test
    void aReadOnlyTransactionReadsEachKeyOnceAndTheNextOneAgain() {
        readOnly.run(() -> {
            assertThat(read("a")).isEqualTo(1);
            assertThat(read("a")).isEqualTo(1);
            assertThat(read("b")).isEqualTo(2);
        });
        readOnly.run(() -> assertThat(read("a")).as("a new transaction forgets").isEqualTo(3));
    }

    @Test
    void aTransactionThatMayWriteAndNoTransactionReadEveryTime() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(read("a")).isEqualTo(1);
            assertThat(read("a")).isEqualTo(2);
        });
        assertThat(read("a")).isEqualTo(3);
        assertThat(read("a")).isEqualTo(4);
    }
}
