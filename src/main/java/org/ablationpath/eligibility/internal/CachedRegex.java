package org.ablationpath.eligibility.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches(String)} with each regular expression compiled once. The DRL keeps the allowed values as
 * regex literals (so they stay in the hashed rule text); String.matches would compile them again on every call,
 * which was a measurable part of each evaluation.
 */
public final class CachedRegex {

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private CachedRegex() {
    }

    /** Same answer as {@code value.matches(regex)}: the whole value must match. */
    public static boolean matches(String value, String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(value).matches();
    }
}
