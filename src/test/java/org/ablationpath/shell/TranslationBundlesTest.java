package org.ablationpath.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
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

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
