package org.ablationpath.platform.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * The build packages a current model of each rule base, so the nodes, and the scenario tables that run through the
 * same loader, use it; and it holds the same rules, metadata and groups as the DRL compiled at start.
 */
class PackagedRuleBasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"rules/eligibility", "rules/safety"})
    void eachRuleBaseLoadsFromItsPrecompiledModel(String directory) {
        DrlSources sources = DrlSources.onClasspath(directory, getClass().getClassLoader());

        RuleBaseLoader.LoadedRuleBase loaded = RuleBaseLoader.load(sources);

        assertTrue(loaded.precompiled(), directory + " has no current precompiled model: did process-classes run?");
        assertEquals(rules(InterpretedRuleBase.build(sources)), rules(loaded.kieBase()));
        assertEquals(sources.fileOfRule().keySet(), rules(loaded.kieBase()).keySet());
    }

    @Test
    void theOperatorsSwitchCompilesTheDrlInstead() {
        DrlSources sources = DrlSources.onClasspath("rules/safety", getClass().getClassLoader());
        System.setProperty(RuleBaseLoader.COMPILE_DRL, "true");
        try {
            assertFalse(RuleBaseLoader.load(sources).precompiled());
        } finally {
            System.clearProperty(RuleBaseLoader.COMPILE_DRL);
        }
    }

    /** Rule name to its metadata and ruleflow group, the parts the catalogue and the engines read. */
    private static Map<String, String> rules(KieBase base) {
        Map<String, String> out = new TreeMap<>();
        base.getKiePackages().forEach(p -> p.getRules().forEach(r -> out.put(r.getName(), describe(r))));
        return out;
    }

    private static String describe(Rule rule) {
        String group = rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl ? impl.getAgendaGroup() : "";
        return new TreeMap<>(rule.getMetaData()) + " group=" + group;
    }
}
