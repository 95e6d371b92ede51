package org.ablationpath.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.ablationpath.AblationPathTest;
import org.ablationpath.identity.Browsers;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case page's diagram comes by the definition's address, behind the screens' login and the case page's roles,
 * and the browser may keep it: a definition id names one deployed version.
 */
@AblationPathTest
class ProcessDiagramTest {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;

    @Test
    void theCasePagesRolesGetTheDeployedXmlToKeep() throws Exception {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("ablation-pathway")
                .latestVersion().singleResult().getId();
        Browsers nurse = new Browsers(port);
        assertThat(nurse.signIn("nurse", "demo")).isTrue();

        HttpResponse<String> answer = nurse.get(path(definitionId));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("bpmn:definitions").contains("id=\"ablation-pathway\"");
        assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("private").contains("immutable")
                .doesNotContain("no-store");
        assertThat(nurse.get(path("ablation-pathway:999:unknown")).statusCode()).isEqualTo(404);
    }

    @Test
    void nobodyElseGetsIt() throws Exception {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("ablation-pathway")
                .latestVersion().singleResult().getId();
        Browsers anonymous = new Browsers(port);
        Browsers dataManager = new Browsers(port);
        assertThat(dataManager.signIn("datamanager", "demo")).isTrue();

        HttpResponse<String> signedOut = anonymous.get(path(definitionId));
        assertThat(signedOut.statusCode()).isIn(302, 401);
        assertThat(signedOut.body()).doesNotContain("bpmn:definitions");
        assertThat(dataManager.get(path(definitionId)).statusCode()).isEqualTo(403);
    }

    private static String path(String definitionId) {
        return "/process-diagrams/" + URLEncoder.encode(definitionId, StandardCharsets.UTF_8);
    }
}
