package org.ablationpath.safety;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.ablationpath.eligibility.CenterRuleSets;
import org.ablationpath.safety.internal.AeCase;
import org.ablationpath.safety.internal.AlertFinding;
import org.ablationpath.safety.internal.RediscussionLimitFact;
import org.ablationpath.safety.internal.RuleIds;
import org.ablationpath.safety.internal.SafetyFactBuilder;
import org.ablationpath.safety.internal.SafetyRuleEngine;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The safety rules (rules/safety: lab grading, adverse-event classification, alerts; safety.md 2, 3.3, 4, 6):
 * one compiled rule base, a pooled session per assessment. Pure calculation: nothing is stored or published here.
 * The baseline lab window is the eligibility parameter {@code labMaxAgeDays} of the case's center.
 */
@Service
@EnableConfigurationProperties(SafetySettings.class)
public class SafetyRules implements SmartInitializingSingleton {

    private static final String LAB_MAX_AGE_DAYS = "labMaxAgeDays";
    /** TMR-05's default (pathway.md 7.1), for callers without the pathway configuration. */
    public static final int DEFAULT_DETECTION_TO_MDT_DAYS = 14;

    private final SafetySettings settings;
    private final ToIntFunction<String> labMaxAgeDays;
    private final ZoneId zone;
    private final int detectionToMdtDays;
    private final SafetyRuleEngine engine;

    /** ALR-13's due date uses the pathway's TMR-05 limit, the same value as the rediscussion task's due date. */
    @Autowired
    SafetyRules(SafetySettings settings, CenterRuleSets ruleSets, Clock clock,
                @Value("${ablationpath.pathway.detection-to-mdt-days}") int detectionToMdtDays) {
        this(settings, center -> Integer.parseInt(ruleSets.forCenter(center).parameters().get(LAB_MAX_AGE_DAYS)),
                clock.getZone(), detectionToMdtDays);
    }

    /** With TMR-05's default of 14 days. */
    public SafetyRules(SafetySettings settings, ToIntFunction<String> labMaxAgeDays, ZoneId zone) {
        this(settings, labMaxAgeDays, zone, DEFAULT_DETECTION_TO_MDT_DAYS);
    }

    /**
     * @param labMaxAgeDays      by center id (null for the defaults): how old a pre-procedure value may be to be the baseline
     * @param detectionToMdtDays TMR-05: ALR-13's rediscussion is due this many days after the detecting imaging date
     */
    public SafetyRules(SafetySettings settings, ToIntFunction<String> labMaxAgeDays, ZoneId zone, int detectionToMdtDays) {
        this.settings = settings;
        this.labMaxAgeDays = labMaxAgeDays;
        this.zone = zone;
        this.detectionToMdtDays = detectionToMdtDays;
        Map<String, String> parameters = new TreeMap<>(settings.asParameters());
        parameters.put("detectionToMdtDays", String.valueOf(detectionToMdtDays));
        this.engine = new SafetyRuleEngine(parameters);
    }

    /** Start-up fails here, after the other beans were created while the rule base compiled, if the DRL does not compile. */
    @Override
    public void afterSingletonsInstantiated() {
        engine.awaitBuild();
    }

    public String rulesVersion() {
        return engine.version();
    }

    /** Whether the rules run from the executable model made at build time (ADR 0006), not the DRL compiled at start. */
    public boolean rulesPrecompiled() {
        return engine.precompiled();
    }

    /** Every rule id of the safety rule base (LABG, TMG, CIRSE, SIR, FLAG, ALR), sorted. */
    public Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        engine.rules().values().forEach(meta -> ids.add(RuleIds.text(meta, "id")));
        return ids;
    }

    /** Rule name to its metadata (id, rationale, source, evidence, and for alerts priority and recipients). */
    public Map<String, Map<String, Object>> catalogue() {
        return engine.rules();
    }

    public SafetyAssessment assess(SafetyFacts facts) {
        List<Object> ruleFacts = new ArrayList<>(SafetyFactBuilder.facts(facts, labMaxAgeDays.applyAsInt(facts.centerId()),
                settings.tumourMarkerUln().get("AFP"), settings.tumourMarkerUln().get("CEA"),
                facts.now() == null ? null : facts.now().atZone(zone).toLocalDate()));
        ruleFacts.add(new RediscussionLimitFact(detectionToMdtDays));
        SafetyRuleEngine.Result result = engine.run(ruleFacts);
        List<AeClassification> classified = new ArrayList<>();
        for (SafetyFacts.AdverseEventFacts ae : facts.adverseEvents()) {
            result.adverseEvents().stream().filter(c -> java.util.Objects.equals(c.getRef(), ae.ref())).findFirst()
                    .map(AeCase::toClassification).ifPresent(classified::add);
        }
        List<LabGrade> grades = result.labGrades().stream()
                .sorted(Comparator.comparing(LabGrade::date).thenComparing(LabGrade::analyte)).toList();
        Instant now = facts.now();
        List<AlertDraft> alerts = result.alerts().stream()
                .sorted(Comparator.comparing(AlertFinding::priority).thenComparing(AlertFinding::ruleId)
                        .thenComparing(AlertFinding::causeKey))
                .map(f -> new AlertDraft(facts.caseId(), facts.centerId(), f.ruleId(), f.priority(), f.causeKey(),
                        f.trigger(), f.message(), settings.rolesOf(f.recipients()), now,
                        f.dueWithin() != null && f.priority().needsAcknowledgement() ? now.plus(f.dueWithin())
                                : dueAt(f.priority(), now),
                        engine.version()))
                .toList();
        return new SafetyAssessment(List.copyOf(classified), grades, alerts, result.rulesFired(), engine.version());
    }

    /**
     * safety.md 6.1: P1 and P2 are due after their configured duration around the clock (the P2 working-hours
     * note decides who holds the role, not the limit); P3 at the configured end of the n-th working day after
     * raising; LOG and QI_LOG are never due.
     */
    public Instant dueAt(AlertPriority priority, Instant raisedAt) {
        SafetySettings.AcknowledgeWithin limits = settings.acknowledgeWithin();
        return switch (priority) {
            case P1_IMMEDIATE -> raisedAt.plus(limits.p1Immediate());
            case P2_URGENT -> raisedAt.plus(limits.p2Urgent());
            case P3_ROUTINE -> {
                LocalDate day = raisedAt.atZone(zone).toLocalDate();
                for (int n = 0; n < limits.p3RoutineWorkingDays(); ) {
                    day = day.plusDays(1);
                    if (settings.workingDays().contains(day.getDayOfWeek())) {
                        n++;
                    }
                }
                yield ZonedDateTime.of(day, settings.workingDayEnd(), zone).toInstant();
            }
            case LOG, QI_LOG -> null;
        };
    }

    /**
     * The same time of day {@code n} working days after {@code from}, counting the configured working days
     * (ablationpath.safety.working-days; no holiday calendar): an escalation level "after n working days" (safety.md
     * 6.1, all times configurable).
     */
    public Instant workingDaysAfter(Instant from, int n, ZoneId zone) {
        ZonedDateTime day = from.atZone(zone);
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (settings.workingDays().contains(day.getDayOfWeek())) {
                left--;
            }
        }
        return day.toInstant();
    }

    /** The configured upper limit of a tumour marker (AFP, CEA), null when none is configured. */
    public BigDecimal tumourMarkerUln(String marker) {
        return settings.tumourMarkerUln().get(marker);
    }
}
