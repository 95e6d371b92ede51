package org.ablationpath.eligibility.internal;

import java.util.Map;

/** Reads DRL rule metadata ({@code @id("VAL-01")}) as plain text. */
public final class RuleMetadata {

    public static final String[] REQUIRED_KEYS = {"id", "outcome", "rationale", "source", "evidence"};

    private RuleMetadata() {
    }

    public static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return null;
        }
        String s = value.toString();
        // older parsers keep the quotes of @key("value"); be indifferent to that
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
