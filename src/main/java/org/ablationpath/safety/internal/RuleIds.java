package org.ablationpath.safety.internal;

import java.util.Map;
import org.kie.api.definition.rule.Rule;

/** Reads a rule's metadata ({@code @id("LABG-01")}) as plain text. */
public final class RuleIds {

    private RuleIds() {
    }

    public static String id(Rule rule) {
        return text(rule.getMetaData(), "id");
    }

    public static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        String s = value.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
