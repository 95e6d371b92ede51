package org.ablationpath.eligibility.internal;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds every {@code rules/eligibility/**}{@code /*.drl} (the safety rules have their own base) on the classpath, sorted by path so that the version stamp is stable. */
public final class RuleFiles {

    private static final String PATTERN = "classpath*:rules/eligibility/**/*.drl";

    private RuleFiles() {
    }

    public static List<RuleFile> load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(RuleFiles.class.getClassLoader())
                    .getResources(PATTERN);
            List<RuleFile> files = new ArrayList<>();
            for (Resource r : resources) {
                String url = r.getURL().toString();
                String path = url.substring(url.lastIndexOf("rules/"));
                files.add(new RuleFile(path, r.getContentAsString(StandardCharsets.UTF_8)));
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("no DRL files found at " + PATTERN);
            }
            files.sort(Comparator.comparing(RuleFile::path));
            return List.copyOf(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
