package org.ablationpath.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every screen text exists in every language: a key in one bundle and not in another fails the build. */
class TranslationBundlesTest {

    @ParameterizedTest(name = "{0} and {1} have the same keys")
    @CsvSource({
            "vaadin-i18n/translations.properties, vaadin-i18n/translations_zh_TW.properties",
            "ValidationMessages.properties, ValidationMessages_zh_TW.properties"})
    void bundlesHaveTheSameKeys(String reference, String translation) throws IOException {
        Set<String> referenceKeys = keys(reference);
        Set<String> translationKeys = keys(translation);

        Set<String> missingInTranslation = new TreeSet<>(referenceKeys);
        missingInTranslation.removeAll(translationKeys);
        Set<String> missingInReference = new TreeSet<>(translationKeys);
        missingInReference.removeAll(referenceKeys);

        assertThat(missingInTranslation).as("keys missing in " + translation).isEmpty();
        assertThat(missingInReference).as("keys missing in " + reference).isEmpty();
        assertThat(referenceKeys).isNotEmpty();
    }

    /** The recommendation panel heads each fired rule with its outcome: every outcome the rules declare has a text. */
    @Test
    void everyOutcomeOfTheEligibilityRulesHasAText() throws IOException {
        Set<String> outcomes = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("rules", "eligibility"))) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Matcher outcome = OUTCOME.matcher(Files.readString(drl));
                while (outcome.find()) {
                    outcomes.add("status." + outcome.group(1));
                }
            }
        }

        assertThat(outcomes).contains("status.ELIGIBLE", "status.DECISION", "status.MODALITY");
        assertThat(keys("vaadin-i18n/translations.properties")).containsAll(outcomes);
    }

    private static final Pattern OUTCOME = Pattern.compile("@outcome\\(\"([A-Z_]+)\"\\)");

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
