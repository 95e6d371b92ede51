package org.ablationpath.eligibility.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ablationpath.platform.rules.DrlSources;

/**
 * The stamp stored with every evaluation: SHA-256 over the DRL files (path and content, sorted by path) and the
 * effective parameter values, so that a changed threshold is as visible as a changed rule.
 */
public final class RulesVersion {

    private RulesVersion() {
    }

    public static String of(List<RuleFile> files, Map<String, String> parameters) {
        return "sha256:" + new DrlSources(RuleEngine.DIRECTORY, files.stream()
                .collect(Collectors.toMap(RuleFile::path, RuleFile::content, (a, b) -> a, TreeMap::new)))
                .sha256(parameters);
    }
}
