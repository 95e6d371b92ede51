package org.ablationpath.platform.database;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One read-only transaction around a screen that reads through many module services (the case page: a header, the
 * recommendation, the pathway and a dozen sections). Each service's own {@code @Transactional} joins it, so the page
 * takes one pooled connection and one begin/commit instead of one per call, and entities already loaded by an earlier
 * section come from the persistence context. Writes inside it fail (the connection is read-only); the read audit
 * writes through {@link IndependentWrites}, which commits on its own pool.
 */
@Component
public class ReadOnlyTransaction {

    private final TransactionTemplate template;

    ReadOnlyTransaction(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        this.template.setReadOnly(true);
    }

    public void run(Runnable work) {
        template.executeWithoutResult(status -> work.run());
    }
}
