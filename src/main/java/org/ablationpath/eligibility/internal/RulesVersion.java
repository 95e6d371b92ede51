package org.ablationpath.eligibility.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The stamp stored with every evaluation: SHA-256 over the DRL files (path and content, sorted by path) and the
 * effective parameter values, so that a changed threshold is as visible as a changed rule.
 */
public final class RulesVersion {

    private RulesVersion() {
    }

    public static String of(List<RuleFile> files, Map<String, String> parameters) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files) {
                update(sha, "file:" + f.path());
                update(sha, f.content());
            }
            parameters.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> update(sha, "param:" + e.getKey() + "=" + e.getValue()));
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
