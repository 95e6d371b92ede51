package org.ablationpath.eligibility;

import org.ablationpath.eligibility.internal.RuleEngine;
import org.ablationpath.eligibility.internal.RuleMetadata;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the rules are compiled, stamped and described: once per service, versioned with parameters, with metadata. */
class RuleEngineSetupTest {

    private static final EligibilityService SERVICE = new EligibilityService();

    @Test
    void kieBaseIsBuiltOnceAndReusedByEveryEvaluation() {
        var kieBase = SERVICE.engine().kieBase();
        int builds = RuleEngine.buildCount();

        SERVICE.evaluate(CaseDocuments.liverHcc());
        SERVICE.evaluate(CaseDocuments.liverHcc());

        assertSame(kieBase, SERVICE.engine().kieBase());
        assertEquals(builds, RuleEngine.buildCount(), "evaluate() must not compile rules");
    }

    @Test
    void rulesVersionIsAStableSha256() {
        String version = SERVICE.rulesVersion();
        assertTrue(version.matches("sha256:[0-9a-f]{64}"), version);
        assertEquals(version, built(Map.of()).rulesVersion());
        assertEquals(version, SERVICE.evaluate(CaseDocuments.liverHcc()).rulesVersion());
    }

    @Test
    void rulesVersionChangesWhenAParameterChanges() {
        EligibilityService centre = built(Map.of("inrHardAbove", "2.0"));
        assertNotEquals(SERVICE.rulesVersion(), centre.rulesVersion());
        assertEquals("2.0", centre.parameters().get("inrHardAbove"));
        // same value as the default: same stamp
        assertEquals(SERVICE.rulesVersion(),
                built(Map.of("inrHardAbove", "1.8")).rulesVersion());
    }

    /**
     * A service whose rule base has finished loading: one still loading on its thread when the build-count test
     * runs would count as a build during that test's evaluations (since the rule bases load from the executable
     * model in about 0.1 s, such a load can land inside that window).
     */
    private static EligibilityService built(Map<String, String> parameters) {
        EligibilityService service = new EligibilityService(parameters, Clock.systemUTC());
        service.afterSingletonsInstantiated();
        return service;
    }

    @Test
    void unknownParameterIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new EligibilityService(Map.of("inrHardAbov", "2.0"), Clock.systemUTC()));
    }

    @Test
    void everyCompiledRuleCarriesCatalogueMetadataAndAGroup() {
        List<RuleEngine.CompiledRule> rules = SERVICE.engine().rules();
        assertFalse(rules.isEmpty());
        for (RuleEngine.CompiledRule rule : rules) {
            for (String key : RuleMetadata.REQUIRED_KEYS) {
                String value = RuleMetadata.text(rule.metaData(), key);
                assertTrue(value != null && !value.isBlank(), "rule '" + rule.name() + "' lacks @" + key);
            }
            assertTrue(Set.of(RuleEngine.VALIDATION, RuleEngine.CLINICAL, RuleEngine.ADVICE, RuleEngine.FOLLOW_UP).contains(rule.agendaGroup()),
                    "rule '" + rule.name() + "' is in group " + rule.agendaGroup());
            assertTrue(rule.file() != null && rule.file().startsWith("rules/"), rule.name() + " file " + rule.file());
        }
    }

    @Test
    void catalogueListsEveryRuleIdOncePerOutcome() {
        List<RuleInfo> catalogue = SERVICE.catalogue();
        List<String> ids = catalogue.stream().map(r -> r.id() + " " + r.outcome()).toList();
        assertEquals(ids.stream().distinct().toList(), ids, "one entry per id and outcome");
        assertTrue(ids.containsAll(List.of("GEN-03 NOT_ELIGIBLE", "GEN-04 CAUTION", "GEN-04 NOT_ELIGIBLE",
                "VAL-01 INVALID", "VAL-02 INVALID", "VAL-03 INVALID", "VAL-04 INVALID", "VAL-05 INVALID",
                "VAL-06 INVALID", "VAL-07 INVALID", "VAL-08 CAUTION", "GEN-09 MODALITY_CONTRAINDICATED",
                "MOD-01 MODALITY", "MOD-02 DECISION")), ids.toString());

        RuleInfo gen03 = catalogue.stream().filter(r -> r.id().equals("GEN-03")).findFirst().orElseThrow();
        assertEquals("[SIRCOAG19]", gen03.source());
        assertEquals("B", gen03.evidence());
        assertEquals("rules/eligibility/general.drl", gen03.file());
        // the DRL is read as UTF-8: the rationale keeps its ×10⁹/L
        assertTrue(gen03.rationale().contains("50 ×10⁹/L. Exactly 50 passes"), gen03.rationale());

        RuleInfo val02 = catalogue.stream().filter(r -> r.id().equals("VAL-02")).findFirst().orElseThrow();
        assertEquals("no published source (local default)", val02.source());
        assertEquals("L", val02.evidence());
    }
}
