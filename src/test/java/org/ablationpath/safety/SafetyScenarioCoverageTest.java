package org.ablationpath.safety;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every LABG and ALR rule of rules/safety has a scenario in which it fires and one in which it must not. */
class SafetyScenarioCoverageTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyLabAndAlertRuleHasAFiringAndANonFiringScenario() throws IOException {
        Set<String> fired = new HashSet<>();
        Set<String> silent = new HashSet<>();
        for (Map<String, Object> s : SafetyRuleScenariosTest.tables()) {
            Map<String, Object> expect = (Map<String, Object>) s.getOrDefault("expect", Map.of());
            ((List<String>) expect.getOrDefault("fires", List.of())).forEach(x -> fired.add(x.split(" ")[0]));
            ((List<String>) expect.getOrDefault("alerts", List.of())).forEach(x -> fired.add(x.split(" ")[0]));
            ((List<String>) expect.getOrDefault("notFires", List.of())).forEach(x -> silent.add(x.split(" ")[0]));
        }
        List<String> missing = new ArrayList<>();
        SafetyRuleScenariosTest.rules(Map.of()).ruleIds().stream()
                .filter(id -> id.startsWith("LABG") || id.startsWith("ALR"))
                .forEach(id -> {
                    if (!fired.contains(id)) {
                        missing.add(id + " never fires");
                    }
                    if (!silent.contains(id)) {
                        missing.add(id + " is never asserted silent");
                    }
                });
        assertEquals(List.of(), missing);
    }
}
