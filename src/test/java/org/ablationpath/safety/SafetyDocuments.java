package org.ablationpath.safety;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import org.ablationpath.eligibility.CaseDocument;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Test support for the safety scenarios: YAML without timestamps, base documents, path overrides, strict binding. */
final class SafetyDocuments {

    static final ObjectMapper STRICT = JsonMapper.builder().findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    private static Map<String, Object> bases;

    private SafetyDocuments() {
    }

    static Yaml yaml() {
        Resolver resolver = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
                addImplicitResolver(Tag.INT, INT, "-+0123456789");
                addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        DumperOptions dump = new DumperOptions();
        // a key written twice in one scenario would silently drop the first expectation: refuse it
        LoaderOptions load = new LoaderOptions();
        load.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(load), new Representer(dump), dump, load, resolver);
    }

    @SuppressWarnings("unchecked")
    static synchronized ObjectNode base(String name) {
        if (bases == null) {
            try (InputStream in = SafetyDocuments.class.getClassLoader().getResourceAsStream("rules/safety/base-documents.yaml")) {
                bases = (Map<String, Object>) yaml().load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Object base = bases.get(name);
        if (base == null) {
            throw new IllegalArgumentException("unknown base document " + name);
        }
        return (ObjectNode) STRICT.valueToTree(base);
    }

    /** Sets a value at a path such as {@code labs.altUL} or {@code followUp.labsPost[0].altUL}; null removes it. */
    static void set(ObjectNode root, String path, Object value) {
        org.ablationpath.eligibility.CaseDocuments.set(root, path, value);
    }

    /** The document's safety facts, as the case evaluation endpoint builds them. */
    static SafetyFacts facts(ObjectNode doc, Instant now) {
        try {
            CaseDocument document = STRICT.treeToValue(doc, CaseDocument.class);
            FollowUpDocument followUp = doc.has("followUp") ? STRICT.treeToValue(doc.get("followUp"), FollowUpDocument.class) : null;
            return CaseDocumentSafety.facts(document, doc.get("labs"), followUp, null, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
