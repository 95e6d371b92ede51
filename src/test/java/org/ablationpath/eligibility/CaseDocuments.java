package org.ablationpath.eligibility;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test support: the strict mapper of the API, YAML loading, base cases and path overrides. */
public final class CaseDocuments {

    /** The mapper the API uses: unknown fields and strings-for-numbers are 400s. */
    static final ObjectMapper STRICT = JsonMapper.builder().findAndAddModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");
    private static Map<String, Object> baseCases;

    private CaseDocuments() {
    }

    /** YAML without YAML 1.1 timestamps, so 2025-02-30 stays the string the API would receive. */
    static Yaml yaml() {
        Resolver resolver = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // YAML 1.2 booleans only: "NO" (fitForSurgery) and "Y"/"N" stay strings
                addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
                addImplicitResolver(Tag.INT, INT, "-+0123456789");
                addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(Tag.MERGE, MERGE, "<");
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

    static Object loadYaml(String resource) {
        try (InputStream in = CaseDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static synchronized ObjectNode base(String name) {
        if (baseCases == null) {
            baseCases = (Map<String, Object>) loadYaml("rules/eligibility/base-cases.yaml");
        }
        Object base = baseCases.get(name);
        if (base == null) {
            throw new IllegalArgumentException("unknown base case " + name);
        }
        return (ObjectNode) STRICT.valueToTree(base);
    }

    /** Sets {@code value} at a path such as {@code labs.inr} or {@code tumors[0].maxDiameterMm}; null removes it. */
    public static void set(ObjectNode root, String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i]);
        }
        String last = parts[parts.length - 1];
        Matcher m = INDEXED.matcher(last);
        JsonNode v = STRICT.valueToTree(value);
        if (m.matches()) {
            ArrayNode array = node.withArray(m.group(1));
            int index = Integer.parseInt(m.group(2));
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, v);
        } else if (value == null) {
            node.remove(last);
        } else {
            node.set(last, v);
        }
    }

    private static ObjectNode child(ObjectNode node, String part) {
        Matcher m = INDEXED.matcher(part);
        if (m.matches()) {
            ArrayNode array = node.withArray(m.group(1));
            int index = Integer.parseInt(m.group(2));
            while (array.size() <= index) {
                array.addObject();
            }
            return (ObjectNode) array.get(index);
        }
        JsonNode existing = node.get(part);
        return existing instanceof ObjectNode o ? o : node.putObject(part);
    }

    static CaseDocument toDocument(JsonNode tree) {
        try {
            return STRICT.treeToValue(tree, CaseDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CaseDocument liverHcc() {
        return toDocument(base("liver-hcc"));
    }
}
