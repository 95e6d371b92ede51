package org.ablationpath.platform.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    static final String MODELS = "models";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRuleBase.class);

    private PrecompiledRuleBase() {
    }

    /** Empty when no model is packaged, or when it was made from other DRL than the node now has (then the DRL rules). */
    static Optional<KieBase> load(DrlSources sources, ClassLoader loader) {
        Properties descriptor = descriptor(sources.directory(), loader);
        if (descriptor == null) {
            LOG.warn("no precompiled model of {} on the classpath: compiling its DRL at start", sources.directory());
            return Optional.empty();
        }
        if (!sources.sha256().equals(descriptor.getProperty(DRL_SHA256))) {
            LOG.warn("the precompiled model of {} was made from other DRL than is on the classpath: compiling the DRL",
                    sources.directory());
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

    private static Properties descriptor(String directory, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(directory + "/" + DESCRIPTOR)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
