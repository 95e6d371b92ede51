package org.ablationpath.eligibility.internal;

import org.ablationpath.platform.rules.DrlSources;
import org.ablationpath.platform.rules.RuleBaseLoader;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds the one KieBase (loaded from the build's precompiled executable model of the DRL files, or compiled from
 * them when that is missing or stale: {@link RuleBaseLoader}; building is expensive, sessions are cheap) and runs a
 * case through it: group "validation" first, then "clinical" only when validation produced no INVALID finding, then
 * "advice" (MOD and DEC rules, catalogue section 1 step 6) after an {@link AdviceGate} telling whether modality is
 * computed, and "followup" (THY-06, DEC-07) when the document's followUp block gave {@link TumorCourse} facts.
 */
public final class RuleEngine {

    public static final String VALIDATION = "validation";
    public static final String CLINICAL = "clinical";
    public static final String ADVICE = "advice";
    public static final String FOLLOW_UP = "followup";

    private static final AtomicInteger BUILDS = new AtomicInteger();

    /** Where the DRL lies on the classpath, and the build puts its precompiled model. */
    public static final String DIRECTORY = "rules/eligibility";

    private final KieBase kieBase;
    private final boolean precompiled;
    private final Map<String, String> fileOfRule;
    private final List<RuleFile> files;
    /**
     * Sessions are reused: creating one and lazily building its node and segment memories cost about as much as
     * the rules themselves. dispose() hands a session back to the pool, which resets it to the empty state of a
     * new session (no facts, no agenda, fresh fact-handle ids), so one evaluation cannot see another's facts.
     */
    private final KieSessionsPool sessions;

    public RuleEngine(List<RuleFile> files) {
        this.files = List.copyOf(files);
        DrlSources sources = new DrlSources(DIRECTORY,
                this.files.stream().collect(Collectors.toMap(RuleFile::path, RuleFile::content, (a, b) -> a, TreeMap::new)));
        RuleBaseLoader.LoadedRuleBase loaded = build(sources);
        this.kieBase = loaded.kieBase();
        this.precompiled = loaded.precompiled();
        this.fileOfRule = sources.fileOfRule();
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    private static RuleBaseLoader.LoadedRuleBase build(DrlSources sources) {
        RuleBaseLoader.LoadedRuleBase loaded = RuleBaseLoader.load(sources);
        BUILDS.incrementAndGet();
        return loaded;
    }

    /** How many KieBases this JVM has compiled; lets a test prove that evaluations do not rebuild. */
    public static int buildCount() {
        return BUILDS.get();
    }

    /** Whether the rule base came from the build's precompiled executable model rather than compiling the DRL. */
    public boolean precompiled() {
        return precompiled;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public List<RuleFile> files() {
        return files;
    }

    /** Runs validation, and the clinical rules when the case is valid; returns every finding (unordered). */
    public List<Finding> run(Collection<?> facts) {
        return runAll(facts).findings();
    }

    /**
     * Runs validation; when the case is valid, the clinical rules, then the advice rules. Modality is computed
     * unless a non-correctable NOT_ELIGIBLE fired (the advice rules read that from the {@link AdviceGate}).
     */
    public Outcome runAll(Collection<?> facts) {
        KieSession session = sessions.newKieSession();
        try {
            facts.forEach(session::insert);
            session.getAgenda().getAgendaGroup(VALIDATION).setFocus();
            session.fireAllRules();
            List<Finding> findings = all(session, Finding.class);
            boolean valid = findings.stream().noneMatch(f -> "INVALID".equals(f.getOutcome()));
            boolean modalityComputed = false;
            if (valid) {
                session.getAgenda().getAgendaGroup(CLINICAL).setFocus();
                session.fireAllRules();
                modalityComputed = all(session, Finding.class).stream()
                        .noneMatch(f -> "NOT_ELIGIBLE".equals(f.getOutcome()) && !f.isCorrectable());
                session.insert(new AdviceGate(modalityComputed));
                session.getAgenda().getAgendaGroup(ADVICE).setFocus();
                session.fireAllRules();
            }
            List<Finding> preAssessment = all(session, Finding.class);
            List<Finding> followUp = List.of();
            if (valid && facts.stream().anyMatch(TumorCourse.class::isInstance)) {
                session.getAgenda().getAgendaGroup(FOLLOW_UP).setFocus();
                session.fireAllRules();
                Set<Finding> before = Collections.newSetFromMap(new IdentityHashMap<>());
                before.addAll(preAssessment);
                followUp = all(session, Finding.class).stream().filter(f -> !before.contains(f)).toList();
            }
            return new Outcome(preAssessment, all(session, ModalityAdvice.class),
                    all(session, DecisionSuggestion.class), valid && modalityComputed, followUp);
        } finally {
            session.dispose();
        }
    }

    private static <T> List<T> all(KieSession session, Class<T> type) {
        List<T> out = new ArrayList<>();
        // a ClassObjectFilter lets the object store walk only that class's facts instead of every fact
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(o));
        }
        return out;
    }

    /**
     * What the rules emitted (unordered), whether modality was computed (section 1 step 6), and the follow-up
     * rules' findings apart from the pre-assessment's.
     */
    public record Outcome(List<Finding> findings, List<ModalityAdvice> modalityAdvice,
                          List<DecisionSuggestion> decisionSuggestions, boolean modalityComputed,
                          List<Finding> followUpFindings) {
    }

    /** Every compiled rule with the file it came from. */
    public List<CompiledRule> rules() {
        List<CompiledRule> out = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOfRule.get(rule.getName());
                String group = rule instanceof RuleImpl impl ? impl.getAgendaGroup() : null;
                out.add(new CompiledRule(rule.getName(), rule.getMetaData(), file, group));
            }
        }
        return out;
    }

    /** A compiled rule's name, metadata, source file and agenda group. */
    public record CompiledRule(String name, Map<String, Object> metaData, String file, String agendaGroup) {
    }
}
