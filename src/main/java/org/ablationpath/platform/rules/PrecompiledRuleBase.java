package org.ablationpath.platform.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds a rule base from the executable model that {@link ExecutableModelGenerator} packaged beside the DRL. */
final class PrecompiledRuleBase {

    static final String DESCRIPTOR = "executable-model.properties";
    static final String DRL_SHA256 = "drl.sha256";
    static final String CLASSES_SHA256 = "classes.sha256";
    static final String MODELS = "models";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRuleBase.class);

    private PrecompiledRuleBase() {
    }

    /**
     * Empty when no model is packaged, or when it was made from other DRL, or against other compiled classes, than the
     * node now has (the caller then compiles the DRL).
     */
    static Optional<KieBase> load(DrlSources sources, ClassLoader loader) {
        String path = sources.directory() + "/" + DESCRIPTOR;
        URL location = loader.getResource(path);
        Properties descriptor = location == null ? null : descriptor(location);
        if (descriptor == null) {
            LOG.warn("no precompiled model of {} on the classpath: compiling its DRL at start", sources.directory());
            return Optional.empty();
        }
        if (!sources.sha256().equals(descriptor.getProperty(DRL_SHA256))) {
            LOG.warn("the precompiled model of {} was made from other DRL than is on the classpath: compiling the DRL",
                    sources.directory());
            return Optional.empty();
        }
        String root = location.toString().substring(0, location.toString().length() - path.length());
        if (!CompiledTypes.sha256(root, sources.importedPackages()).equals(descriptor.getProperty(CLASSES_SHA256))) {
            LOG.warn("the precompiled model of {} was made against other compiled classes of {} than are on the classpath:"
                    + " compiling the DRL", sources.directory(), sources.importedPackages());
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : descriptor.getProperty(MODELS).split(",")) {
            try {
                models.add((Model) Class.forName(name.trim(), true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("precompiled model class " + name + " of " + sources.directory()
                        + " cannot be loaded", e);
            }
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models,
                KieServices.Factory.get().newKieBaseConfiguration(null, loader)));
    }

    private static Properties descriptor(URL location) {
        try (InputStream in = location.openStream()) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
