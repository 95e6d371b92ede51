package org.ablationpath.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ablationpath.platform.rules.RuleBaseLoader;
import org.junit.jupiter.api.Test;

/**
 * The safety rules run from the executable model the build makes from their DRL (ADR 0006), and the scenario tables
 * check each rule's expectations on it. Beyond those expectations, the model must answer exactly as the DRL compiled
 * at start does: the same lab grades, classifications, alerts (with triggers, messages and due times) and fired
 * rules, for the input of every safety scenario (each rule firing and not firing, and the named boundaries).
 */
class SafetyExecutableModelEquivalenceTest {

    @Test
    @SuppressWarnings("unchecked")
    void theModelAnswersAsTheDrlDoesForEveryScenarioInput() throws IOException {
        Map<Map<String, BigDecimal>, SafetyRules[]> bySettings = new HashMap<>();
        List<Map<String, Object>> scenarios = SafetyRuleScenariosTest.tables();
        assertFalse(scenarios.isEmpty());
        for (Map<String, Object> scenario : scenarios) {
            ObjectNode doc = SafetyDocuments.base((String) scenario.getOrDefault("base", "liver-post"));
            ((Map<String, Object>) scenario.getOrDefault("set", Map.of())).forEach((path, value) -> SafetyDocuments.set(doc, path, value));
            Map<String, BigDecimal> uln = new TreeMap<>();
            ((Map<String, Object>) ((Map<String, Object>) scenario.getOrDefault("settings", Map.of()))
                    .getOrDefault("tumourMarkerUln", Map.of())).forEach((k, v) -> uln.put(k, new BigDecimal(String.valueOf(v))));
            SafetyRules[] rules = bySettings.computeIfAbsent(uln, u -> new SafetyRules[] {rules(u, false), rules(u, true)});
            assertTrue(rules[0].rulesPrecompiled());
            assertFalse(rules[1].rulesPrecompiled());

            SafetyFacts facts = SafetyDocuments.facts(doc, SafetyRuleScenariosTest.NOW);
            assertEquals(SafetyDocuments.STRICT.valueToTree(rules[1].assess(facts)),
                    SafetyDocuments.STRICT.valueToTree(rules[0].assess(facts)),
                    scenario.get("file") + " :: " + scenario.get("name"));
        }
    }

    private static SafetyRules rules(Map<String, BigDecimal> markerUln, boolean fromDrl) {
        if (fromDrl) {
            System.setProperty(RuleBaseLoader.COMPILE_DRL, "true");
        }
        try {
            SafetyRules rules = new SafetyRules(new SafetySettings(null, null, null, null, markerUln), center -> 30, ZoneOffset.UTC);
            rules.afterSingletonsInstantiated();
            return rules;
        } finally {
            System.clearProperty(RuleBaseLoader.COMPILE_DRL);
        }
    }
}
