package org.ablationpath.platform.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The DRL files of one rule base, keyed by their path from the classpath root ("rules/eligibility/liver.drl"), sorted
 * by path. The directory ("rules/eligibility") is where a precompiled model of the same files is looked for.
 */
public record DrlSources(String directory, SortedMap<String, String> files) {

    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    /** "import a.b.C;", "import a.b.*;", "import function a.b.C.f;", "import static a.b.C.f;": group 2 is the name. */
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(function\\s+|static\\s+)?([\\w.*]+)\\s*;?",
            Pattern.MULTILINE);

    public DrlSources {
        if (files.isEmpty()) {
            throw new IllegalStateException("no DRL files in " + directory);
        }
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Every {@code *.drl} under the directory on the classpath (the packaged rules, as the running node sees them). */
    public static DrlSources onClasspath(String directory, ClassLoader loader) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(loader)
                    .getResources("classpath*:" + directory + "/**/*.drl");
            SortedMap<String, String> files = new TreeMap<>();
            for (Resource r : resources) {
                String url = r.getURL().toString();
                files.put(url.substring(url.lastIndexOf(directory + "/")), r.getContentAsString(StandardCharsets.UTF_8));
            }
            return new DrlSources(directory, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code *.drl} under {@code root/directory} on disk (the build's output directory, for the generator). */
    public static DrlSources inDirectory(Path root, String directory) {
        try (Stream<Path> walk = Files.walk(root.resolve(directory))) {
            SortedMap<String, String> files = new TreeMap<>();
            for (Path p : walk.filter(p -> p.toString().endsWith(".drl")).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
            return new DrlSources(directory, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over path and text of every file: tells whether a precompiled model was made from these files. */
    public String sha256() {
        return sha256(Map.of());
    }

    /**
     * SHA-256 over path and text of every file, then the settings the rules read ("name=value", sorted by name): the
     * rules version stamped on what a rule base decides, so that a changed threshold shows as a changed rule does.
     */
    public String sha256(Map<String, String> parameters) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, content) -> {
                update(sha, "file:" + path);
                update(sha, content);
            });
            parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> update(sha, "param:" + e.getKey() + "=" + e.getValue()));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /**
     * Rule name to the file that declares it. A KieBase built from the executable model does not keep the DRL
     * resource of its rules, so the catalogue takes the file from here.
     */
    public Map<String, String> fileOfRule() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((path, content) -> {
            Matcher m = RULE_NAME.matcher(content);
            while (m.find()) {
                out.put(m.group(1), path);
            }
        });
        return out;
    }

    /**
     * The packages the DRL imports its types from, outside the JDK: the classes the model's lambdas are compiled
     * against. A type is taken to start with an upper-case letter ("a.b.C", "a.b.C.f" for a function).
     */
    public SortedSet<String> importedPackages() {
        SortedSet<String> out = new TreeSet<>();
        files.values().forEach(content -> {
            Matcher m = IMPORT.matcher(content);
            while (m.find()) {
                StringBuilder pkg = new StringBuilder();
                for (String part : m.group(2).split("\\.")) {
                    if (part.isEmpty() || part.equals("*") || Character.isUpperCase(part.charAt(0))) {
                        break;
                    }
                    pkg.append(pkg.isEmpty() ? "" : ".").append(part);
                }
                String name = pkg.toString();
                if (!name.isEmpty() && !name.startsWith("java.") && !name.startsWith("javax.")) {
                    out.add(name);
                }
            }
        });
        return out;
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
