package org.ablationpath.safety;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every safety scenario table ({@code rules/safety/*.scenarios.yaml}). A scenario starts from a base document
 * (rules/safety/base-documents.yaml), changes fields with {@code set}, optionally sets {@code settings}
 * (tumourMarkerUln; detectionToMdtDays, TMR-05 for ALR-13, default 14) and expects: {@code fires} / {@code notFires} (a LABG id = a value graded at least 1 by it; an ALR
 * id = an alert drafted by it; other ids = the rule fired), {@code labGrades} (analyte to the highest grade over the
 * samples, ~ = not graded), {@code labGradeCount}, {@code alerts} ("ALR-07 P2_URGENT" present), {@code alertCount}
 * (rule to number), {@code triggerContains} / {@code messageContains} (rule to substrings), {@code classification}
 * (AE ref to expected fields). A failure names the scenario, its inputs and what the rules produced.
 */
class SafetyRuleScenariosTest {

    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final Map<List<Object>, SafetyRules> RULES = new HashMap<>();

    static synchronized SafetyRules rules(Map<String, BigDecimal> markerUln) {
        return rules(markerUln, SafetyRules.DEFAULT_DETECTION_TO_MDT_DAYS);
    }

    static synchronized SafetyRules rules(Map<String, BigDecimal> markerUln, int detectionToMdtDays) {
        Map<String, BigDecimal> uln = new TreeMap<>(markerUln);
        return RULES.computeIfAbsent(List.of(uln, detectionToMdtDays), key -> new SafetyRules(
                new SafetySettings(null, null, null, null, uln), center -> 30, ZoneOffset.UTC, detectionToMdtDays));
    }

    static List<Map<String, Object>> tables() throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Resource table : new PathMatchingResourcePatternResolver().getResources("classpath*:rules/safety/*.scenarios.yaml")) {
            try (InputStream in = table.getInputStream()) {
                List<Map<String, Object>> scenarios = SafetyDocuments.yaml().load(in);
                scenarios.forEach(s -> {
                    Map<String, Object> copy = new LinkedHashMap<>(s);
                    copy.put("file", table.getFilename());
                    all.add(copy);
                });
            }
        }
        return all;
    }

    static Stream<Arguments> scenarios() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Map<String, Object> s : tables()) {
            out.add(Arguments.of(Named.of(s.get("file") + " :: " + s.get("name") + " " + s.getOrDefault("set", Map.of()), s)));
        }
        if (out.isEmpty()) {
            fail("no safety scenario tables on the test classpath");
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @SuppressWarnings("unchecked")
    void scenario(Map<String, Object> scenario) {
        ObjectNode doc = SafetyDocuments.base((String) scenario.getOrDefault("base", "liver-post"));
        Map<String, Object> set = (Map<String, Object>) scenario.getOrDefault("set", Map.of());
        set.forEach((path, value) -> SafetyDocuments.set(doc, path, value));
        Map<String, Object> settings = (Map<String, Object>) scenario.getOrDefault("settings", Map.of());
        Map<String, BigDecimal> uln = new TreeMap<>();
        ((Map<String, Object>) settings.getOrDefault("tumourMarkerUln", Map.of()))
                .forEach((k, v) -> uln.put(k, new BigDecimal(String.valueOf(v))));
        int detectionToMdtDays = ((Number) settings.getOrDefault("detectionToMdtDays",
                SafetyRules.DEFAULT_DETECTION_TO_MDT_DAYS)).intValue();

        SafetyAssessment result = rules(uln, detectionToMdtDays).assess(SafetyDocuments.facts(doc, NOW));
        Map<String, Object> expect = (Map<String, Object>) scenario.get("expect");
        String actual = "[" + scenario.get("name") + " " + set + "] " + describe(result);

        Set<String> fired = fired(result);
        for (String id : list(expect, "fires")) {
            assertTrue(fired.contains(id), id + " should fire; " + actual);
        }
        for (String id : list(expect, "notFires")) {
            assertTrue(!fired.contains(id), id + " must not fire; " + actual);
        }
        Map<String, Integer> maxGrades = new HashMap<>();
        result.labGrades().forEach(g -> maxGrades.merge(g.analyte(), g.grade(), Math::max));
        ((Map<String, Object>) expect.getOrDefault("labGrades", Map.of())).forEach((analyte, grade) ->
                assertEquals(grade, maxGrades.get(analyte), "grade of " + analyte + "; " + actual));
        if (expect.containsKey("labGradeCount")) {
            assertEquals(expect.get("labGradeCount"), result.labGrades().size(), "number of graded values; " + actual);
        }
        List<String> alerts = result.alerts().stream().map(a -> a.ruleId() + " " + a.priority()).toList();
        for (String alert : list(expect, "alerts")) {
            assertTrue(alerts.contains(alert), "alert " + alert + " expected; " + actual);
        }
        for (String key : list(expect, "causeKeys")) {
            assertTrue(result.alerts().stream().anyMatch(a -> a.causeKey().equals(key)), "cause key " + key + "; " + actual);
        }
        ((Map<String, Object>) expect.getOrDefault("alertCount", Map.of())).forEach((rule, count) ->
                assertEquals(count, (int) result.alerts().stream().filter(a -> a.ruleId().equals(rule)).count(),
                        "number of " + rule + " alerts; " + actual));
        ((Map<String, Object>) expect.getOrDefault("dueWithinHours", Map.of())).forEach((rule, hours) ->
                assertTrue(result.alerts().stream().anyMatch(a -> a.ruleId().equals(rule) && a.dueAt() != null
                        && java.time.Duration.between(a.raisedAt(), a.dueAt()).equals(
                                java.time.Duration.ofHours(((Number) hours).longValue()))),
                        rule + " should be due within " + hours + " h; " + actual));
        ((Map<String, List<String>>) expect.getOrDefault("triggerContains", Map.of())).forEach((rule, texts) ->
                texts.forEach(text -> assertTrue(result.alerts().stream()
                        .anyMatch(a -> a.ruleId().equals(rule) && a.trigger().contains(text)),
                        rule + " trigger should name '" + text + "'; " + actual)));
        ((Map<String, List<String>>) expect.getOrDefault("messageContains", Map.of())).forEach((rule, texts) ->
                texts.forEach(text -> assertTrue(result.alerts().stream()
                        .anyMatch(a -> a.ruleId().equals(rule) && a.message() != null && a.message().contains(text)),
                        rule + " message should say '" + text + "'; " + actual)));
        ((Map<String, Map<String, Object>>) expect.getOrDefault("classification", Map.of())).forEach((ref, fields) -> {
            AeClassification c = result.adverseEvents().stream().filter(a -> a.ref().equals(ref)).findFirst()
                    .orElseThrow(() -> new AssertionError("no classification for " + ref + "; " + actual));
            Map<String, Object> got = SafetyDocuments.STRICT.convertValue(c, Map.class);
            fields.forEach((field, value) -> assertEquals(String.valueOf(value), String.valueOf(got.get(field)),
                    ref + "." + field + "; " + actual));
        });
    }

    /** Graded LABG rules (grade at least 1), drafted ALR rules, and every other rule that fired. */
    static Set<String> fired(SafetyAssessment result) {
        Set<String> fired = new TreeSet<>();
        result.labGrades().stream().filter(g -> g.grade() >= 1).forEach(g -> fired.add(g.ruleId()));
        result.alerts().forEach(a -> fired.add(a.ruleId()));
        result.rulesFired().stream().filter(id -> !id.startsWith("LABG") && !id.startsWith("ALR")).forEach(fired::add);
        return fired;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> expect, String key) {
        return (List<String>) expect.getOrDefault(key, List.of());
    }

    private static String describe(SafetyAssessment r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("labGrades", r.labGrades().stream().map(g -> g.date() + " " + g.analyte() + " " + g.value() + " G" + g.grade()
                + " (" + g.ruleId() + ", baseline " + g.baseline() + " G" + g.baselineGrade() + ")").toList());
        d.put("alerts", r.alerts().stream().map(a -> a.ruleId() + " " + a.priority() + " " + a.causeKey() + ": " + a.trigger()
                + (a.message() == null ? "" : " / " + a.message())).toList());
        d.put("adverseEvents", r.adverseEvents());
        d.put("rulesFired", r.rulesFired());
        return "actual " + d;
    }
}
