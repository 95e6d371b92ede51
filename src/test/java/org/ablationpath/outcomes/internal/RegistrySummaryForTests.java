package org.ablationpath.outcomes.internal;

import java.util.Set;
import org.springframework.context.ApplicationContext;

/** For tests of other packages that write outcome rows with SQL instead of the store: rebuild their center's sums. */
public final class RegistrySummaryForTests {

    private RegistrySummaryForTests() {
    }

    public static void refresh(ApplicationContext context, String center) {
        context.getBean(RegistrySummary.class).refresh(Set.of(center));
    }
}
