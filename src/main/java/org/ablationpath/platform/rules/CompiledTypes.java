package org.ablationpath.platform.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * SHA-256 over the compiled classes of the packages a rule base's DRL imports, as they lie under one classpath root
 * (the build's output directory, or the jar the model was packaged in). The model's lambdas were compiled against
 * these classes: a model is stale when they changed, even if the DRL did not (a fact class edited and recompiled by
 * an IDE, with the old model still in the output directory).
 */
final class CompiledTypes {

    private CompiledTypes() {
    }

    /** @param root the classpath root as a URL prefix ending in '/', e.g. "file:/…/target/classes/" */
    static String sha256(String root, Collection<String> packages) {
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            SortedMap<String, Resource> classes = new TreeMap<>();
            for (String pkg : packages) {
                String dir = pkg.replace('.', '/');
                for (Resource r : resolver.getResources(root + dir + "/*.class")) {
                    classes.put(dir + "/" + r.getFilename(), r);
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var entry : classes.entrySet()) {
                sha.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try (InputStream in = entry.getValue().getInputStream()) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
