package org.ablationpath.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ablationpath.benchmark.EligibilityBenchmark;
import org.ablationpath.platform.rules.RuleBaseLoader;
import org.junit.jupiter.api.Test;

/**
 * The nodes run the executable model the build makes from the DRL (ADR 0006); the scenario tables run on it too.
 * Beyond their cases, the model must answer exactly as the DRL compiled at start does: same findings, messages,
 * statuses, modality and suggestions, for the benchmark's 2,000 generated documents of every organ, some invalid.
 */
class ExecutableModelEquivalenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Test
    void theModelAnswersAsTheDrlDoesForTwoThousandGeneratedCases() {
        EligibilityService model = new EligibilityService(Map.of(), CLOCK);
        model.afterSingletonsInstantiated();
        EligibilityService drl = compiledFromDrl();
        assertTrue(model.rulesPrecompiled());
        assertFalse(drl.rulesPrecompiled());

        List<CaseDocument> documents = EligibilityBenchmark.mixed(2000, new Random(20261124L));
        for (int i = 0; i < documents.size(); i++) {
            CaseDocument document = documents.get(i);
            assertEquals(JSON.valueToTree(drl.evaluate(document)), JSON.valueToTree(model.evaluate(document)),
                    "generated document " + i);
        }
    }

    private static EligibilityService compiledFromDrl() {
        System.setProperty(RuleBaseLoader.COMPILE_DRL, "true");
        try {
            EligibilityService service = new EligibilityService(Map.of(), CLOCK);
            service.afterSingletonsInstantiated(); // the build reads the switch: wait for it before clearing
            return service;
        } finally {
            System.clearProperty(RuleBaseLoader.COMPILE_DRL);
        }
    }
}
