package org.ablationpath.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every scenario table beside the rules ({@code rules/**}{@code /*.scenarios.yaml}). A scenario names a base
 * case or gives a full document, changes fields with {@code set}, and states the expected status, the rule ids
 * that must and must not fire, and for validation the "RULE field.path" errors that must (not) be reported.
 * Advice and scores: {@code modality} (patient lists; each given list must match as a set, {@code notesContain}
 * substrings of notes), {@code perTumor} (tumour key to lists; {@code ~} = no entry), {@code decisions} (the exact
 * ordered list), {@code decisionsInclude} / {@code decisionsExclude}, and {@code computed} (dotted path in the JSON
 * of the computed section to the expected value; {@code ~} = absent).
 */
class RuleScenariosTest {

    /** "today" for documents without mdtDate and asOfDate; far from every scenario date. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Map<Map<String, String>, EligibilityService> SERVICES = new HashMap<>();

    /** One service per parameter set: scenarios may override centre parameters with {@code parameters:}. */
    private static synchronized EligibilityService service(Map<String, String> parameters) {
        return SERVICES.computeIfAbsent(parameters, p -> new EligibilityService(p, CLOCK));
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> scenarios() throws IOException {
        Resource[] tables = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:rules/eligibility/*.scenarios.yaml");
        List<Arguments> out = new ArrayList<>();
        for (Resource table : tables) {
            String file = table.getFilename();
            try (InputStream in = table.getInputStream()) {
                List<Map<String, Object>> scenarios = CaseDocuments.yaml().load(in);
                for (Map<String, Object> s : scenarios) {
                    Object set = s.getOrDefault("set", Map.of());
                    String label = file + " :: " + s.get("name") + " " + set;
                    out.add(Arguments.of(Named.of(label, s)));
                }
            }
        }
        if (out.isEmpty()) {
            fail("no scenario tables found on the test classpath");
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    @SuppressWarnings("unchecked")
    void scenario(Map<String, Object> scenario) {
        ObjectNode doc = scenario.containsKey("document")
                ? (ObjectNode) CaseDocuments.STRICT.valueToTree(scenario.get("document"))
                : CaseDocuments.base((String) scenario.getOrDefault("base", "liver-hcc"));
        Map<String, Object> set = (Map<String, Object>) scenario.getOrDefault("set", Map.of());
        set.forEach((path, value) -> CaseDocuments.set(doc, path, value));

        Map<String, String> parameters = new TreeMap<>();
        ((Map<String, Object>) scenario.getOrDefault("parameters", Map.of()))
                .forEach((k, v) -> parameters.put(k, String.valueOf(v)));
        EligibilityEvaluation result = service(parameters).evaluate(CaseDocuments.toDocument(doc));
        Map<String, Object> expect = (Map<String, Object>) scenario.get("expect");
        String actual = "[" + scenario.get("name") + " " + set + "] " + describe(result);

        // finalStatus may be left out only where another organ's rules decide it (mixed-organ modality scenarios)
        if (expect.containsKey("finalStatus") || !scenario.containsKey("statusDecidedElsewhere")) {
            assertEquals(expect.get("finalStatus"), result.eligibility().finalStatus(), "finalStatus; " + actual);
        }
        if (expect.containsKey("correctable")) {
            assertEquals(expect.get("correctable"), result.eligibility().correctable(), "correctable; " + actual);
        }
        // "GEN-04" matches the id, "GEN-04 CAUTION" the id with that outcome; the follow-up rules' findings count too
        List<String> fired = new ArrayList<>();
        java.util.stream.Stream.concat(result.eligibility().rulesFired().stream(), result.followUpRulesFired().stream()).forEach(f -> {
            fired.add(f.id());
            fired.add(f.id() + " " + f.outcome());
        });
        for (String id : list(expect, "fires")) {
            assertTrue(fired.contains(id), id + " should fire; " + actual);
        }
        for (String id : list(expect, "notFires")) {
            assertTrue(!fired.contains(id), id + " must not fire; " + actual);
        }
        List<String> errors = result.validation().errors().stream().map(e -> e.rule() + " " + e.field()).toList();
        for (String error : list(expect, "errors")) {
            assertTrue(errors.contains(error), "expected error " + error + "; " + actual);
        }
        List<String> errorFields = result.validation().errors().stream().map(ValidationError::field).toList();
        for (String field : list(expect, "noErrorOn")) {
            assertTrue(!errorFields.contains(field), "no error expected on " + field + "; " + actual);
        }
        if (expect.containsKey("errorCount")) {
            assertEquals(expect.get("errorCount"), errors.size(), "number of validation errors; " + actual);
        }
        for (String action : list(expect, "requiredActions")) {
            assertTrue(result.eligibility().requiredActions().contains(action), "action " + action + "; " + actual);
        }
        // ectPlan: {drugRoute, anaesthesia}, or ~ for "no plan"
        if (expect.containsKey("ectPlan")) {
            Map<String, Object> plan = (Map<String, Object>) expect.get("ectPlan");
            EctPlan got = result.ectPlan();
            if (plan == null) {
                assertNull(got, "no ectPlan expected; " + actual);
            } else {
                assertNotNull(got, "ectPlan expected; " + actual);
                assertEquals(plan.get("drugRoute"), got.drugRoute(), "ectPlan.drugRoute; " + actual);
                assertEquals(plan.get("anaesthesia"), got.anaesthesia(), "ectPlan.anaesthesia; " + actual);
            }
        }
        String advice = actual + " modality " + result.modality() + " decisions " + result.decisionSuggestions();
        if (expect.containsKey("modality")) {
            assertLists((Map<String, Object>) expect.get("modality"), result.modality(), "modality", advice);
        }
        if (expect.containsKey("perTumor")) {
            ((Map<String, Object>) expect.get("perTumor")).forEach((key, lists) -> {
                ModalityResult tumor = result.modality().perTumor().get(key);
                if (lists == null) {
                    assertTrue(tumor == null, "no modality expected for tumour " + key + "; " + advice);
                } else {
                    assertTrue(tumor != null, "modality expected for tumour " + key + "; " + advice);
                    assertLists((Map<String, Object>) lists, tumor, "perTumor." + key, advice);
                }
            });
        }
        if (expect.containsKey("decisions")) {
            assertEquals(expect.get("decisions"), result.decisionSuggestions(), "decisionSuggestions; " + advice);
        }
        for (String code : list(expect, "decisionsInclude")) {
            assertTrue(result.decisionSuggestions().contains(code), code + " should be suggested; " + advice);
        }
        for (String code : list(expect, "decisionsExclude")) {
            assertTrue(!result.decisionSuggestions().contains(code), code + " must not be suggested; " + advice);
        }
        if (expect.containsKey("computed")) {
            JsonNode computed = CaseDocuments.STRICT.valueToTree(result.computed());
            ((Map<String, Object>) expect.get("computed")).forEach((path, value) -> {
                JsonNode node = computed;
                for (String part : path.split("\\.")) {
                    node = node.path(part);
                }
                String where = "computed." + path + "; actual computed " + computed + " " + actual;
                if (value == null) {
                    assertTrue(node.isMissingNode() || node.isNull(), where + " should be absent");
                } else {
                    assertTrue(!node.isMissingNode() && !node.isNull(), where + " should be present");
                    assertEquals(String.valueOf(value), node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString()
                            : node.asText(), where);
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertLists(Map<String, Object> expected, ModalityResult actual, String what, String context) {
        Map<String, List<String>> lists = Map.of("preferred", actual.preferred(), "acceptable", actual.acceptable(),
                "discouraged", actual.discouraged(), "contraindicated", actual.contraindicated());
        expected.forEach((key, value) -> {
            if (key.equals("notesContain")) {
                for (String text : (List<String>) value) {
                    assertTrue(actual.notes().stream().anyMatch(n -> n.contains(text)),
                            what + " notes should mention '" + text + "'; " + context);
                }
                return;
            }
            assertTrue(lists.containsKey(key), "unknown list " + key + " in the scenario");
            assertEquals(new java.util.TreeSet<>((List<String>) value), new java.util.TreeSet<>(lists.get(key)),
                    what + "." + key + "; " + context);
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> expect, String key) {
        return (List<String>) expect.getOrDefault(key, List.of());
    }

    private static String describe(EligibilityEvaluation r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("status", r.eligibility().finalStatus());
        d.put("errors", r.validation().errors().stream().map(e -> e.rule() + " " + e.field() + ": " + e.message()).toList());
        d.put("fired", r.eligibility().rulesFired().stream().map(f -> f.id() + " " + f.outcome() + ": " + f.message()).toList());
        if (!r.followUpRulesFired().isEmpty()) {
            d.put("followUpFired", r.followUpRulesFired().stream().map(f -> f.id() + " " + f.outcome() + ": " + f.message()).toList());
        }
        if (r.ectPlan() != null) {
            d.put("ectPlan", r.ectPlan());
        }
        return "actual " + d;
    }
}
