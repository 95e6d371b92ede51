package org.ablationpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of ARCHITECTURE.md, verified on the code, and the module documentation in docs/modules
 * generated from the same model.
 */
class ModuleStructureTest {

    static final String DOCS_FOLDER = "docs/modules";

    private final ApplicationModules modules = ApplicationModules.of(AblationPathApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleOfTheArchitectureIsDetected() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("patient", "referral", "eligibility", "board", "pathway", "identity", "platform", "demo");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS_FOLDER))
                .writeDocumentation(Documenter.DiagramOptions.defaults()
                                .withStyle(Documenter.DiagramOptions.DiagramStyle.UML),
                        Documenter.CanvasOptions.defaults());

        assertThat(Path.of(DOCS_FOLDER, "components.puml")).exists();
        assertThat(Path.of(DOCS_FOLDER, "module-pathway.puml")).exists();
        assertThat(Path.of(DOCS_FOLDER, "module-pathway.adoc")).exists();
        assertThat(Files.isRegularFile(Path.of(DOCS_FOLDER, "all-docs.adoc"))).isTrue();
    }
}
