package org.ablationpath.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds request JSON to a type and reports every unknown field at once (not only the first, as Jackson does),
 * each named by its path, so a client fixes a misspelt document in one round trip. Type errors stop at the first.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /**
     * @param pathPrefix prepended to reported paths (e.g. {@code "referral."}), or empty
     * @throws InvalidInputException 400 naming each offending path
     */
    public static <T> T read(ObjectMapper json, JsonNode node, Class<T> type, String pathPrefix) {
        UnknownFieldCollector unknown = new UnknownFieldCollector();
        T value;
        try {
            value = json.readerFor(type)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .withHandler(unknown)
                    .readValue(json.treeAsTokens(node));
        } catch (JsonProcessingException unreadable) {
            List<FieldProblem> problems = new ArrayList<>(prefixed(unknown.problems, pathPrefix));
            problems.addAll(prefixed(List.of(JsonProblems.describe(unreadable)), pathPrefix));
            throw InvalidInputException.badRequest(problems);
        } catch (IOException unreadable) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("$", "Unreadable request body.")));
        }
        if (!unknown.problems.isEmpty()) {
            throw InvalidInputException.badRequest(prefixed(unknown.problems, pathPrefix));
        }
        return value;
    }

    private static List<FieldProblem> prefixed(List<FieldProblem> problems, String prefix) {
        if (prefix.isEmpty()) {
            return problems;
        }
        return problems.stream()
                .map(p -> new FieldProblem("$".equals(p.field()) ? prefix.substring(0, prefix.length() - 1) : prefix + p.field(),
                        p.message(), p.rule()))
                .toList();
    }

    /** Records each unknown property with its path and skips it, so binding goes on to find the others. */
    private static final class UnknownFieldCollector extends DeserializationProblemHandler {
        private final List<FieldProblem> problems = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            problems.add(new FieldProblem(path(p.getParsingContext(), propertyName), "Unknown field \"" + propertyName + "\"."));
            p.skipChildren();
            return true;
        }

        private static String path(JsonStreamContext context, String propertyName) {
            List<String> parts = new ArrayList<>();
            for (JsonStreamContext c = context.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    parts.add(0, "[" + c.getCurrentIndex() + "]");
                } else if (c.getCurrentName() != null) {
                    parts.add(0, "." + c.getCurrentName());
                }
            }
            String prefix = String.join("", parts);
            prefix = prefix.startsWith(".") ? prefix.substring(1) : prefix;
            return prefix.isEmpty() ? propertyName : prefix + "." + propertyName;
        }
    }
}
