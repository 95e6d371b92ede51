package org.ablationpath.platform.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;

/**
 * Compiles DRL at run time (drools-mvel, consequences compiled by ECJ): the fallback when no current precompiled
 * model is packaged.
 */
final class InterpretedRuleBase {

    private InterpretedRuleBase() {
    }

    static KieBase build(DrlSources sources) {
        KieServices ks = KieServices.Factory.get();
        KieBuilder builder = ks.newKieBuilder(fileSystem(ks, sources)).buildAll(DrlProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("DRL of " + sources.directory() + " does not compile: " + errors);
        }
        return ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }

    static KieFileSystem fileSystem(KieServices ks, DrlSources sources) {
        KieFileSystem kfs = ks.newKieFileSystem();
        sources.files().forEach((path, content) -> kfs.write(ks.getResources()
                .newByteArrayResource(content.getBytes(StandardCharsets.UTF_8), "UTF-8")
                .setSourcePath("src/main/resources/" + path)
                .setResourceType(ResourceType.DRL)));
        return kfs;
    }
}
