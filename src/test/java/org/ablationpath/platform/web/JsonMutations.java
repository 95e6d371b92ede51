package org.ablationpath.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random and boundary damage to a valid JSON request (issue 9 fuzzing): one to three members replaced by a wrong
 * type, a huge, negative or fractional number, an empty, very long or exotic Unicode string (with NUL and lone
 * surrogates), null, deep nesting (below the 1,000 levels Jackson writes), or removed; or an unknown member added. Paths are picked among the document's own
 * members so most damage lands where a field is read.
 */
final class JsonMutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutations() {
    }

    /** A damaged copy of the document and what was done, for the failure message. */
    record Mutated(JsonNode body, String description) {
    }

    static Arbitrary<Mutated> of(JsonNode valid) {
        List<String> paths = paths(valid, "");
        Arbitrary<String> path = Arbitraries.of(paths);
        Arbitrary<Damage> damage = Combinators.combine(path, replacement()).as(Damage::new);
        Arbitrary<Damage> removal = path.map(p -> new Damage(p, null));
        Arbitrary<Damage> extra = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                .map(name -> new Damage("+" + name, NODES.textNode("unexpected")));
        Arbitrary<Damage> one = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(7, damage), net.jqwik.api.Tuple.of(2, removal), net.jqwik.api.Tuple.of(1, extra));
        return one.list().ofMinSize(1).ofMaxSize(3).map(damages -> {
            JsonNode copy = valid.deepCopy();
            List<String> done = new ArrayList<>();
            for (Damage d : damages) {
                copy = d.applyTo(copy);
                done.add(d.toString());
            }
            return new Mutated(copy, String.join("; ", done));
        });
    }

    /** Wrong types and boundary values a client could send in place of any member. */
    static Arbitrary<JsonNode> replacement() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        NODES.nullNode(), NODES.booleanNode(true), NODES.textNode(""), NODES.textNode(" "),
                        NODES.textNode("\u0000"), NODES.textNode("a\u0000b"), NODES.textNode("\uD800"),
                        NODES.textNode("\uD83D\uDE00\u202E\u4E2D\u6587"), NODES.textNode("null"), NODES.textNode("2026-02-30"),
                        NODES.textNode("-0001-01-01"), NODES.textNode("+999999999-12-31"), NODES.textNode("1e309"),
                        NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(Integer.MIN_VALUE),
                        NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new BigInteger("123456789012345678901234567890")),
                        NODES.numberNode(new BigDecimal("1E+400")), NODES.numberNode(-1e308), NODES.numberNode(0.5),
                        NODES.numberNode(new BigDecimal("-0.0000000001")), NODES.arrayNode(), NODES.objectNode()),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(40).map(NODES::textNode),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(5000).map(NODES::textNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.integers().between(50, 990).map(JsonMutations::nested));
    }

    private static JsonNode nested(int depth) {
        ArrayNode root = NODES.arrayNode();
        ArrayNode current = root;
        for (int i = 0; i < depth; i++) {
            current = current.addArray();
        }
        return root;
    }

    private static List<String> paths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String path = prefix + "/" + name;
                paths.add(path);
                paths.addAll(paths(node.get(name), path));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String path = prefix + "/" + i;
                paths.add(path);
                paths.addAll(paths(node.get(i), path));
            }
        }
        return paths;
    }

    /** Replaces (or with a null replacement removes) the member at a JSON pointer; "+name" adds a member at the root. */
    private record Damage(String path, JsonNode replacement) {

        JsonNode applyTo(JsonNode document) {
            if (path.startsWith("+")) {
                if (document instanceof ObjectNode object) {
                    object.set(path.substring(1), replacement);
                }
                return document;
            }
            int cut = path.lastIndexOf('/');
            JsonNode parent = cut == 0 ? document : document.at(path.substring(0, cut));
            String last = path.substring(cut + 1);
            if (parent instanceof ObjectNode object) {
                if (replacement == null) {
                    object.remove(last);
                } else {
                    object.set(last, replacement);
                }
            } else if (parent instanceof ArrayNode array && last.chars().allMatch(Character::isDigit)) {
                // an earlier damage may have turned an object into an array: then the member is gone, nothing to do
                int index = Integer.parseInt(last);
                if (index < array.size()) {
                    if (replacement == null) {
                        array.remove(index);
                    } else {
                        array.set(index, replacement);
                    }
                }
            }
            return document;
        }

        @Override
        public String toString() {
            String shown = replacement == null ? "removed" : replacement.toString();
            return path + " := " + (shown.length() > 60 ? shown.substring(0, 60) + "..." : shown);
        }
    }
}
