package org.ablationpath.platform.database;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers a read for the rest of the current read-only transaction: a screen read in one transaction
 * ({@link ReadOnlyTransaction}) asks its dozen sections' services the same question (may this user see this case?)
 * and gets one query instead of twelve. Nothing is remembered in a transaction that may write, where the answer could
 * change before it commits, nor outside a transaction.
 */
public final class ReadOnlyTransactionMemo {

    private static final Object RESOURCE = new Object();

    private ReadOnlyTransactionMemo() {
    }

    /** The value computed for these key parts earlier in this read-only transaction, else computes it. */
    @SuppressWarnings("unchecked")
    public static <T> T remember(List<?> key, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.get();
        }
        Map<List<?>, Object> memo = (Map<List<?>, Object>) TransactionSynchronizationManager.getResource(RESOURCE);
        if (memo == null) {
            Map<List<?>, Object> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }
            });
            memo = fresh;
        }
        if (memo.containsKey(key)) {
            return (T) memo.get(key);
        }
        T value = read.get();
        memo.put(key, value);
        return value;
    }
}
