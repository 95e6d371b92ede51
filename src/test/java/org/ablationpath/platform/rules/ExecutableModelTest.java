package org.ablationpath.platform.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** The build step's output, loaded as a node loads it; a stale or missing model is never used. */
class ExecutableModelTest {

    private static final String DRL = """
            package rules.demo;
            import java.util.List;
            import org.ablationpath.platform.rules.DrlSources;
            global java.util.List fired;
            rule "DEMO-01 a long word"
                @id("DEMO-01") ruleflow-group "checks"
            when
                $s : String(length > 4)
            then
                fired.add(drools.getRule().getMetaData().get("id") + " " + $s);
            end
            """;

    @TempDir
    Path classes;

    @Test
    void theGeneratedModelIsWhatTheLoaderBuildsTheRuleBaseFrom() throws Exception {
        int written = generateDemo();

        assertTrue(written > 0);
        assertTrue(Files.exists(classes.resolve("rules/demo/" + PrecompiledRuleBase.DESCRIPTOR)));
        KieBase base = loadFromOutput(demo(DRL)).orElseThrow();
        assertEquals(List.of("DEMO-01 rules engine"), fire(base, "rules engine", "rule"));
    }

    @Test
    void aModelMadeFromOtherDrlIsNotUsed() throws Exception {
        generateDemo();

        assertTrue(loadFromOutput(demo(DRL.replace("length > 4", "length > 2"))).isEmpty());
    }

    @Test
    void aModelMadeAgainstOtherCompiledClassesOfItsImportsIsNotUsed() throws Exception {
        generateDemo();
        // as when an IDE recompiles a fact class and leaves the previous build's model in the output directory
        Path recompiled = classes.resolve("org/ablationpath/platform/rules/DrlSources.class");
        Files.createDirectories(recompiled.getParent());
        try (var in = DrlSources.class.getResourceAsStream("DrlSources.class")) {
            Files.write(recompiled, in.readAllBytes());
        }

        assertTrue(loadFromOutput(demo(DRL)).isEmpty());
    }

    @Test
    void theImportedPackagesAreThoseOutsideTheJdk() {
        DrlSources sources = new DrlSources("rules/demo", new TreeMap<>(Map.of("rules/demo/demo.drl", DRL
                + "import function org.example.rules.Helpers.isLarge;\nimport org.example.facts.*;\n")));

        assertEquals(List.of("org.ablationpath.platform.rules", "org.example.facts", "org.example.rules"),
                List.copyOf(sources.importedPackages()));
    }

    @Test
    void aRerunReplacesThePreviousClasses() throws Exception {
        generateDemo();
        Path stale = classes.resolve("rules/demo/LeftOverFromAnOlderBuild.class");
        Files.write(stale, new byte[] {0});

        ExecutableModelGenerator.generate(classes, "rules/demo");

        assertFalse(Files.exists(stale));
    }

    @Test
    void theLoaderFallsBackToCompilingTheDrlWhenNoModelIsPackaged() {
        RuleBaseLoader.LoadedRuleBase loaded = RuleBaseLoader.load(demo(DRL));

        assertFalse(loaded.precompiled());
        assertEquals(List.of("DEMO-01 rules engine"), fire(loaded.kieBase(), "rules engine", "rule"));
    }

    @Test
    void theFileOfEachRuleIsReadFromTheDrl() {
        DrlSources sources = new DrlSources("rules/demo", new TreeMap<>(Map.of(
                "rules/demo/demo.drl", DRL,
                "rules/demo/more.drl", "package rules.demo;\n\nrule \"DEMO-02 other\"\nwhen\nthen\nend\n")));

        assertEquals(Map.of("DEMO-01 a long word", "rules/demo/demo.drl", "DEMO-02 other", "rules/demo/more.drl"),
                sources.fileOfRule());
    }

    private int generateDemo() throws Exception {
        Files.createDirectories(classes.resolve("rules/demo"));
        Files.writeString(classes.resolve("rules/demo/demo.drl"), DRL);
        return ExecutableModelGenerator.generate(classes, "rules/demo");
    }

    private static DrlSources demo(String drl) {
        return new DrlSources("rules/demo", new TreeMap<>(Map.of("rules/demo/demo.drl", drl)));
    }

    /** Loads as a node would, with the temporary output directory as its classpath root. */
    private Optional<KieBase> loadFromOutput(DrlSources sources) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            return PrecompiledRuleBase.load(sources, loader);
        }
    }

    private static List<String> fire(KieBase base, Object... facts) {
        List<String> fired = new ArrayList<>();
        KieSession session = base.newKieSession();
        try {
            session.setGlobal("fired", fired);
            for (Object f : facts) {
                session.insert(f);
            }
            session.getAgenda().getAgendaGroup("checks").setFocus();
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return fired;
    }
}
