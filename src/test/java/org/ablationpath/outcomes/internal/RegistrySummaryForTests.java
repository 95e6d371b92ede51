package org.ablationpath.outcomes.internal;

import org.springframework.context.ApplicationContext;

/** For tests of other packages that write outcome rows with SQL instead of the store: rebuild the sums. */
public final class RegistrySummaryForTests {

    private RegistrySummaryForTests() {
    }

    public static void refresh(ApplicationContext context) {
        context.getBean(RegistrySummary.class).refreshAll();
    }
}
