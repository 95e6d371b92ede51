package org.ablationpath.eligibility;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every rule id of the DRL files has at least one scenario in which it fires (listed under {@code fires}, or as the
 * rule of an expected validation error) and one in which it must not fire ({@code notFires}).
 */
class ScenarioCoverageTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyRuleHasAFiringAndANonFiringScenario() throws IOException {
        Set<String> fired = new HashSet<>();
        Set<String> notFired = new HashSet<>();
        Resource[] tables = new PathMatchingResourcePatternResolver().getResources("classpath*:rules/eligibility/*.scenarios.yaml");
        for (Resource table : tables) {
            try (InputStream in = table.getInputStream()) {
                List<Map<String, Object>> scenarios = CaseDocuments.yaml().load(in);
                for (Map<String, Object> s : scenarios) {
                    Map<String, Object> expect = (Map<String, Object>) s.getOrDefault("expect", Map.of());
                    ((List<String>) expect.getOrDefault("fires", List.of())).forEach(x -> fired.add(x.split(" ")[0]));
                    ((List<String>) expect.getOrDefault("errors", List.of())).forEach(x -> fired.add(x.split(" ")[0]));
                    ((List<String>) expect.getOrDefault("notFires", List.of())).forEach(x -> notFired.add(x.split(" ")[0]));
                }
            }
        }
        Set<String> ids = new TreeSet<>();
        new EligibilityService().catalogue().forEach(r -> ids.add(r.id()));
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (!fired.contains(id)) {
                missing.add(id + " never fires");
            }
            if (!notFired.contains(id)) {
                missing.add(id + " is never asserted silent");
            }
        }
        assertEquals(List.of(), missing);
    }
}
