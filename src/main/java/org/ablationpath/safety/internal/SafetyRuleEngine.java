package org.ablationpath.safety.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ablationpath.platform.concurrent.BackgroundBuild;
import org.ablationpath.platform.rules.DrlSources;
import org.ablationpath.platform.rules.RuleBaseLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The safety rule base (rules/safety/*.drl), compiled once; its own version stamp, separate from the eligibility
 * rules. A case runs through three agenda groups in order: lab grading, adverse-event classification, alerts.
 */
public final class SafetyRuleEngine {

    public static final String DIRECTORY = "rules/safety";
    private static final String[] GROUPS = {"grading", "classification", "alerts"};

    private final BackgroundBuild<Compiled> compiled;
    private final String version;

    /** Starts compiling the rule base on a thread of its own (start-up goes on meanwhile); the first use waits for it. */
    public SafetyRuleEngine(Map<String, String> parameters) {
        DrlSources files = DrlSources.onClasspath(DIRECTORY, SafetyRuleEngine.class.getClassLoader());
        this.compiled = compiled(files);
        // the DRL and the effective settings the rules depend on
        this.version = "sha256:" + files.sha256(parameters);
    }

    private record Compiled(KieBase kieBase, KieSessionsPool sessions, boolean precompiled) {
    }

    /**
     * The compiled base is independent of the settings: built once per JVM for the same DRL text and the same choice
     * between the precompiled model and the DRL ({@link RuleBaseLoader#COMPILE_DRL}).
     */
    private record Cached(DrlSources files, boolean compileDrl, BackgroundBuild<Compiled> build) {
    }

    private static Cached cache;

    private static synchronized BackgroundBuild<Compiled> compiled(DrlSources files) {
        boolean compileDrl = RuleBaseLoader.compileDrlRequested();
        if (cache == null || !cache.files().equals(files) || cache.compileDrl() != compileDrl) {
            cache = new Cached(files, compileDrl, BackgroundBuild.start("safety-rule-base", () -> {
                RuleBaseLoader.LoadedRuleBase loaded = RuleBaseLoader.load(files, compileDrl);
                KieBase base = loaded.kieBase();
                return new Compiled(base, base.newKieSessionsPool(Runtime.getRuntime().availableProcessors()),
                        loaded.precompiled());
            }));
        }
        return cache.build();
    }

    /** Waits for the rule base; throws if the DRL does not compile (start-up calls it to fail fast). */
    public void awaitBuild() {
        compiled.get();
    }

    public String version() {
        return version;
    }

    /** Whether the rule base came from the executable model made at build time (ADR 0006), not the DRL. */
    public boolean precompiled() {
        return compiled.get().precompiled();
    }

    /** Runs the facts through the three groups; returns every object in the session and the ids of the rules that fired. */
    public Result run(Collection<?> facts) {
        KieSession session = compiled.get().sessions().newKieSession();
        Set<String> fired = new LinkedHashSet<>();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(RuleIds.id(event.getMatch().getRule()));
            }
        };
        session.addEventListener(listener);
        try {
            facts.forEach(session::insert);
            for (String group : GROUPS) {
                session.getAgenda().getAgendaGroup(group).setFocus();
                session.fireAllRules();
            }
            return new Result(all(session, org.ablationpath.safety.LabGrade.class), all(session, AeCase.class),
                    all(session, AlertFinding.class), List.copyOf(fired));
        } finally {
            session.removeEventListener(listener);
            session.dispose();
        }
    }

    /** What a run produced. */
    public record Result(List<org.ablationpath.safety.LabGrade> labGrades, List<AeCase> adverseEvents,
                         List<AlertFinding> alerts, List<String> rulesFired) {
    }

    /** Rule name to metadata, for the catalogue and the coverage test. */
    public Map<String, Map<String, Object>> rules() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (KiePackage pkg : compiled.get().kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                out.put(rule.getName(), rule.getMetaData());
            }
        }
        return out;
    }

    private static <T> List<T> all(KieSession session, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(o));
        }
        return out;
    }
}
