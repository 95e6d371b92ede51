package org.ablationpath.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import org.ablationpath.eligibility.internal.RuleEngine;
import org.ablationpath.eligibility.internal.RuleMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kidney, lung, bone, thyroid, pancreas, ECT and HIFU rules (catalogue sections 8-16): every rule id is
 * compiled with its outcomes in its own file, the indication rules are flagged, and ectPlan is in the JSON only
 * when electrochemotherapy applies.
 */
class OrganRulesCatalogueTest {

    private static final EligibilityService SERVICE = new EligibilityService();

    private static Set<String> catalogue(String file) {
        return SERVICE.catalogue().stream().filter(r -> ("rules/eligibility/" + file).equals(r.file()))
                .map(r -> r.id() + " " + r.outcome()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyOrganRuleIsCompiledWithItsOutcomesInItsFile() {
        assertEquals(Set.of("KID-01 ELIGIBLE", "KID-01 CAUTION", "KID-02 DISCUSS", "KID-03 CAUTION", "KID-04 CAUTION"),
                catalogue("kidney.drl"));
        assertEquals(Set.of("LUN-01 ELIGIBLE", "LUN-02 DISCUSS", "LUN-03 ELIGIBLE", "LUN-03 DISCUSS",
                "LUN-04 CAUTION", "LUN-05 CAUTION", "LUN-06 CAUTION"), catalogue("lung.drl"));
        assertEquals(Set.of("BON-01 ELIGIBLE", "BON-02 DISCUSS", "BON-03 CAUTION", "BON-04 CAUTION"),
                catalogue("bone.drl"));
        assertEquals(Set.of("THY-01 ELIGIBLE", "THY-02 CAUTION", "THY-03 DISCUSS", "THY-04 ELIGIBLE",
                "THY-05 ELIGIBLE", "THY-07 CAUTION"), catalogue("thyroid.drl"));
        assertEquals(Set.of("PAN-01 DISCUSS", "PAN-02 NOT_ELIGIBLE", "PAN-03 NOT_ELIGIBLE", "PAN-04 NOT_ELIGIBLE",
                "PAN-05 INFO", "PAN-06 CAUTION", "PAN-07 NOT_ELIGIBLE"), catalogue("pancreas.drl"));
        assertEquals(Set.of("ECT-01 ELIGIBLE", "ECT-02 INFO", "ECT-03 CAUTION"), catalogue("ect.drl"));
        assertEquals(Set.of("HIFU-01 INFO", "HIFU-01 DISCUSS"), catalogue("hifu.drl"));
        assertEquals(Set.of("MOD-06 MODALITY", "MOD-07 MODALITY", "MOD-08 MODALITY", "MOD-09 MODALITY",
                "MOD-10 MODALITY", "MOD-11 MODALITY"), catalogue("modality-organs.drl"));
        assertEquals(Set.of("DEC-09 DECISION", "DEC-10 DECISION", "DEC-11 DECISION", "DEC-12 DECISION",
                "DEC-13 DECISION", "DEC-14 DECISION", "DEC-15 DECISION"), catalogue("decisions-organs.drl"));
    }

    @Test
    void theOrganIndicationRulesAreFlagged() {
        Set<String> flagged = SERVICE.engine().rules().stream()
                .filter(r -> Boolean.parseBoolean(RuleMetadata.text(r.metaData(), "indication")))
                .map(r -> RuleMetadata.text(r.metaData(), "id"))
                .filter(id -> !id.startsWith("LIV") && !id.startsWith("GEN"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("KID-01", "KID-02", "LUN-01", "LUN-02", "LUN-03", "BON-01", "BON-02", "THY-01", "THY-03",
                "THY-04", "THY-05", "PAN-01", "ECT-01"), flagged);
    }

    @Test
    void organRulesRunInTheirGroups() {
        for (RuleEngine.CompiledRule rule : SERVICE.engine().rules()) {
            String file = String.valueOf(rule.file());
            if (file.endsWith("modality-organs.drl") || file.endsWith("decisions-organs.drl")) {
                assertEquals(RuleEngine.ADVICE, rule.agendaGroup(), rule.name());
            } else if (List.of("kidney", "lung", "bone", "thyroid", "pancreas", "ect", "hifu").stream()
                    .anyMatch(organ -> file.equals("rules/eligibility/" + organ + ".drl"))) {
                assertEquals(RuleEngine.CLINICAL, rule.agendaGroup(), rule.name());
            }
        }
    }

    @Test
    void ectPlanIsInTheAnswerOnlyWhenElectrochemotherapyApplies() {
        JsonNode skin = CaseDocuments.STRICT.valueToTree(
                SERVICE.evaluate(CaseDocuments.toDocument(CaseDocuments.base("skin"))));
        assertEquals("INTRATUMOURAL", skin.path("ectPlan").path("drugRoute").asText());
        assertEquals("LOCAL", skin.path("ectPlan").path("anaesthesia").asText());

        JsonNode kidney = CaseDocuments.STRICT.valueToTree(
                SERVICE.evaluate(CaseDocuments.toDocument(CaseDocuments.base("kidney"))));
        assertFalse(kidney.has("ectPlan"), kidney.toString());
        assertTrue(kidney.has("decisionSuggestions"));
    }
}
