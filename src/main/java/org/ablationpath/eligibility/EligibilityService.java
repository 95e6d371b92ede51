package org.ablationpath.eligibility;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.ablationpath.eligibility.internal.AdviceAggregator;
import org.ablationpath.eligibility.internal.CaseNormalizer;
import org.ablationpath.eligibility.internal.Finding;
import org.ablationpath.eligibility.internal.NormalizedCase;
import org.ablationpath.platform.concurrent.BackgroundBuild;
import org.ablationpath.eligibility.internal.RuleEngine;
import org.ablationpath.eligibility.internal.RuleFile;
import org.ablationpath.eligibility.internal.RuleFiles;
import org.ablationpath.eligibility.internal.RuleMetadata;
import org.ablationpath.eligibility.internal.RuleParameters;
import org.ablationpath.eligibility.internal.RulesVersion;
import org.ablationpath.eligibility.internal.StatusAggregator;
import org.ablationpath.eligibility.internal.TimerCalculator;
import org.ablationpath.eligibility.internal.TumorCourse;
import org.ablationpath.eligibility.internal.TumorCourses;
import org.ablationpath.eligibility.internal.TumorFact;
import org.ablationpath.eligibility.internal.score.ChildPughScore;
import org.ablationpath.eligibility.internal.score.Scores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a case document against the eligibility rules: validation (VAL), then the clinical rules, then
 * aggregation (clinical/eligibility.md section 1). The rules are compiled once, on a thread of their own started
 * when the service is created (the application's start-up waits for them only once all its beans exist, and fails if
 * they do not compile); each evaluation uses a pooled session and is safe to run concurrently.
 */
@Service
public class EligibilityService implements SmartInitializingSingleton {

    private static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing(Finding::getRuleId)
            .thenComparing(f -> f.getField() == null ? "" : f.getField())
            .thenComparing(Finding::getMessage);

    private final RuleParameters parameters;
    private final BackgroundBuild<CompiledRules> compiled;
    private final String rulesVersion;
    private final Clock clock;
    private final ObjectMapper snapshotMapper = JsonMapper.builder().findAndAddModules().build();

    /** Default parameters and the system clock (the Spring bean). */
    @Autowired
    public EligibilityService() {
        this(Map.of(), Clock.systemDefaultZone());
    }

    /**
     * @param parameterOverrides centre-specific rule parameters by name (see rules/eligibility/parameters.properties);
     *                           an unknown name is rejected
     * @param clock              gives "today" when a document has neither mdtDate nor asOfDate
     */
    public EligibilityService(Map<String, String> parameterOverrides, Clock clock) {
        this.parameters = RuleParameters.withOverrides(parameterOverrides);
        List<RuleFile> files = RuleFiles.load();
        this.rulesVersion = RulesVersion.of(files, parameters.asMap());
        this.compiled = BackgroundBuild.start("eligibility-rule-base", () -> CompiledRules.of(new RuleEngine(files)));
        this.clock = clock;
    }

    /** The compiled rules with their catalogue and metadata, read from the KieBase once. */
    private record CompiledRules(RuleEngine engine, List<RuleInfo> catalogue, Map<String, Map<String, Object>> metadata) {
        static CompiledRules of(RuleEngine engine) {
            Map<String, Map<String, Object>> metadata = new LinkedHashMap<>();
            engine.rules().forEach(r -> metadata.put(r.name(), r.metaData()));
            return new CompiledRules(engine, buildCatalogue(engine), metadata);
        }
    }

    /** Start-up fails here, after the other beans were created in parallel with the build, if the rules do not compile. */
    @Override
    public void afterSingletonsInstantiated() {
        compiled.get();
    }

    public EligibilityEvaluation evaluate(CaseDocument doc) {
        NormalizedCase normalized = CaseNormalizer.normalize(doc, LocalDate.now(clock));
        Scores scores = Scores.compute(normalized.document(), parameters.flag("bclcStage0RequiresChildPughA"));
        List<Object> facts = new ArrayList<>(normalized.facts());
        facts.addAll(scores.facts());
        facts.add(parameters);
        List<TumorCourse> courses = TumorCourses.of(doc.followUp(),
                normalized.facts().stream().filter(TumorFact.class::isInstance).map(TumorFact.class::cast).toList(), parameters);
        facts.addAll(courses);
        RuleEngine.Outcome outcome = compiled.get().engine().runAll(facts);
        List<Finding> findings = new ArrayList<>(outcome.findings());
        findings.sort(REPORT_ORDER);

        List<ValidationError> errors = findings.stream()
                .filter(f -> "INVALID".equals(f.getOutcome()))
                .map(f -> new ValidationError(f.getRuleId(), f.getField(), f.getMessage()))
                .toList();
        ValidationResult validation = new ValidationResult(
                errors.isEmpty() ? ValidationResult.VALID : ValidationResult.INVALID, errors);
        List<TumorData> tumors = normalized.document().tumors() == null ? List.of() : normalized.document().tumors();
        EligibilityResult eligibility = StatusAggregator.aggregate(findings, tumors);
        TimersData timers = TimerCalculator.compute(normalized.validDates(), parameters);
        ComputedData computed = errors.isEmpty() ? computed(scores, normalized.ageYears(), timers)
                : new ComputedData(normalized.ageYears(), timers);
        ModalityResult modality = AdviceAggregator.modality(outcome.modalityAdvice());
        List<String> decisions = AdviceAggregator.decisions(outcome.decisionSuggestions());
        CaseDocument normalizedDocument = normalized.document();
        List<Finding> followUpFindings = new ArrayList<>(outcome.followUpFindings());
        followUpFindings.sort(REPORT_ORDER);
        return new EligibilityEvaluation(validation, computed, eligibility, modality, decisions,
                rulesVersion, () -> snapshotMapper.valueToTree(normalizedDocument), normalized.evaluationDate(),
                ectPlan(findings), followUpFindings.stream().map(EligibilityService::firedRule).toList(),
                errors.isEmpty() ? vrr(courses) : List.of());
    }

    private static FiredRule firedRule(Finding f) {
        return new FiredRule(f.getRuleId(), f.getOutcome(), f.getMessage(), f.getRationale(), f.getSource(), f.getTumorId());
    }

    /** CALC-06 readings of the thyroid nodules; {@code success6m} only on the reading of the 6-month visit. */
    private static List<VrrReading> vrr(List<TumorCourse> courses) {
        List<VrrReading> out = new ArrayList<>();
        for (TumorCourse c : courses) {
            if (!"THYROID".equals(c.organ())) {
                continue;
            }
            for (TumorCourse.VolumeReading r : c.volumes()) {
                out.add(new VrrReading(c.tumorId(), r.date(), r.volumeMl(), r.vrrPct(),
                        r == c.sixMonthVolume() ? r.success() : null, r.regrowth()));
            }
        }
        return out;
    }

    /** ECT-02 names the route and anaesthesia in its metadata (@drugRoute, @anaesthesia); null when it did not fire. */
    private EctPlan ectPlan(List<Finding> findings) {
        for (Finding f : findings) {
            Map<String, Object> meta = compiled.get().metadata().get(f.getRuleName());
            if ("ECT-02".equals(f.getRuleId()) && meta != null && RuleMetadata.text(meta, "drugRoute") != null) {
                return new EctPlan(RuleMetadata.text(meta, "drugRoute"), RuleMetadata.text(meta, "anaesthesia"));
            }
        }
        return null;
    }

    private static ComputedData computed(Scores s, Integer ageYears, TimersData timers) {
        ChildPughScore cp = s.childPugh();
        ChildPughData childPugh = cp == null ? null : new ChildPughData(cp.points(), cp.childPughClass(), cp.label(),
                new ChildPughData.Subscores(cp.bilirubinPoints(), cp.albuminPoints(), cp.inrPoints(),
                        cp.ascitesPoints(), cp.encephalopathyPoints()));
        AlbiData albi = s.albi() == null ? null
                : new AlbiData(s.albi().score(), s.albi().grade(), s.albi().mAlbiGrade());
        return new ComputedData(childPugh, albi, s.milan() == null ? null : s.milan().result(),
                s.bclc() == null ? null : s.bclc().stage(), s.cnlc() == null ? null : s.cnlc().stage(),
                ageYears, timers);
    }

    /** "sha256:" + hex digest over the DRL files and the effective parameter values. */
    public String rulesVersion() {
        return rulesVersion;
    }

    /** The rules catalogue for the UI, from the compiled rules' metadata. */
    public List<RuleInfo> catalogue() {
        return compiled.get().catalogue();
    }

    /** Effective rule parameters (defaults merged with overrides), sorted by name. */
    public Map<String, String> parameters() {
        return parameters.asMap();
    }

    RuleEngine engine() {
        return compiled.get().engine();
    }

    /** Whether the rules came from the build's precompiled executable model (the benchmark reports which it timed). */
    public boolean rulesPrecompiled() {
        return engine().precompiled();
    }

    private static List<RuleInfo> buildCatalogue(RuleEngine engine) {
        Map<String, RuleInfo> byIdAndOutcome = new LinkedHashMap<>();
        for (RuleEngine.CompiledRule rule : engine.rules()) {
            Map<String, Object> meta = rule.metaData();
            String id = RuleMetadata.text(meta, "id");
            String outcome = RuleMetadata.text(meta, "outcome");
            byIdAndOutcome.putIfAbsent(id + "|" + outcome, new RuleInfo(id, outcome,
                    RuleMetadata.text(meta, "rationale"), RuleMetadata.text(meta, "source"),
                    RuleMetadata.text(meta, "evidence"), rule.file()));
        }
        return byIdAndOutcome.values().stream()
                .sorted(Comparator.comparing((RuleInfo r) -> String.valueOf(r.file()))
                        .thenComparing(r -> String.valueOf(r.id()))
                        .thenComparing(r -> String.valueOf(r.outcome())))
                .toList();
    }
}
