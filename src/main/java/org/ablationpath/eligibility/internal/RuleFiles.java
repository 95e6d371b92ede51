package org.ablationpath.eligibility.internal;

import java.util.List;
import org.ablationpath.platform.rules.DrlSources;

/** Every {@code rules/eligibility/**}{@code /*.drl} (the safety rules have their own base) on the classpath, sorted by path so that the version stamp is stable. */
public final class RuleFiles {

    private RuleFiles() {
    }

    public static List<RuleFile> load() {
        return DrlSources.onClasspath(RuleEngine.DIRECTORY, RuleFiles.class.getClassLoader()).files().entrySet().stream()
                .map(e -> new RuleFile(e.getKey(), e.getValue()))
                .toList();
    }
}
