package org.ablationpath.platform.rules;

import java.util.Optional;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a module gets its KieBase: from the precompiled executable model when the packaged one was made from
 * the same DRL, against the same compiled classes (the normal case: the build generates it), otherwise by compiling
 * the DRL (e.g. a run from an IDE that skipped the build step). Both give the same rules; the scenario tables run
 * against what this returns.
 */
public final class RuleBaseLoader {

    /**
     * JVM option {@code -Dablationpath.rules.compile-drl=true}: ignore the precompiled model and compile the DRL, as
     * before the build step existed; for an operator who suspects the model, and for the benchmark's comparison.
     */
    public static final String COMPILE_DRL = "ablationpath.rules.compile-drl";

    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseLoader.class);

    private RuleBaseLoader() {
    }

    public static LoadedRuleBase load(DrlSources sources) {
        return load(sources, compileDrlRequested());
    }

    /** Whether the operator asked for the DRL to be compiled at start instead of the precompiled model. */
    public static boolean compileDrlRequested() {
        return Boolean.getBoolean(COMPILE_DRL);
    }

    /** @param compileDrl {@link #compileDrlRequested()}, read once by a caller that keys a cache on it */
    public static LoadedRuleBase load(DrlSources sources, boolean compileDrl) {
        ClassLoader loader = RuleBaseLoader.class.getClassLoader();
        Optional<KieBase> precompiled = compileDrl ? Optional.empty() : PrecompiledRuleBase.load(sources, loader);
        LoadedRuleBase loaded = precompiled.map(base -> new LoadedRuleBase(base, true))
                .orElseGet(() -> new LoadedRuleBase(InterpretedRuleBase.build(sources), false));
        LOG.info("{}: {} rules from {}", sources.directory(), loaded.kieBase().getKiePackages().stream()
                        .mapToInt(p -> p.getRules().size()).sum(),
                loaded.precompiled() ? "the precompiled executable model" : "the DRL compiled at start");
        return loaded;
    }

    /** The KieBase, and whether it came from the precompiled model. */
    public record LoadedRuleBase(KieBase kieBase, boolean precompiled) {
    }
}
