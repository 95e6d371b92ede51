package org.ablationpath.outcomes.exchange.ui;

import static org.ablationpath.TestCases.hccCase;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.outcomes.exchange.ExportEntity;
import org.ablationpath.outcomes.exchange.ImportRowResult;
import org.ablationpath.outcomes.exchange.RegistryBatchImport;
import org.ablationpath.outcomes.exchange.RegistryExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import screen shows each row's result, imported with its case or rejected with its reasons; the export screen lists the entities. */
@AblationPathTest
class RegistryImportUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    RegistryBatchImport batchImport;
    @Autowired
    RegistryExport export;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        MockedScreens.open(context);
        MockedScreens.signIn("datamanager", "C01", "DATA_MANAGER");
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void aJsonFileShowsOneResultPerRow() {
        RegistryImportView view = new RegistryImportView(batchImport);
        UI.getCurrent().add(view);
        ArrayNode file = JsonNodeFactory.instance.arrayNode();
        ObjectNode valid = pastCase(uniquePseudonym("UI"));
        String rejectedId = uniquePseudonym("UI");
        ObjectNode invalid = pastCase(rejectedId);
        ((ObjectNode) invalid.path("tumors").get(0)).put("organ", "SPLEEN");
        file.add(valid).add(invalid);

        view.importFile("cases.json", file.toString());

        List<ImportRowResult> rows = view.results.getListDataView().getItems().toList();
        assertThat(rows).extracting(ImportRowResult::status)
                .containsExactly(ImportRowResult.Status.IMPORTED, ImportRowResult.Status.REJECTED);
        assertThat(rows.get(0).caseId()).isNotNull();
        assertThat(RegistryImportView.reasons(rows.get(1))).contains("tumors[0].organ");
        assertThat(view.summary.getText()).isEqualTo("Imported: 1, rejected: 1");
        assertThat(jdbc.queryForObject("select count(*) from app.patient where pseudonym = ?", Long.class, rejectedId)).isZero();
    }

    @Test
    void aFileThatIsNoBatchSaysWhy() {
        RegistryImportView view = new RegistryImportView(batchImport);
        UI.getCurrent().add(view);

        view.importFile("cases.json", "{\"patient\": {}}");

        assertThat(view.results.getListDataView().getItems()).isEmpty();
        assertThat(view.summary.getText()).startsWith("The file was not imported:").contains("JSON array");
    }

    @Test
    void theExportScreenListsEveryEntity() {
        RegistryExportView view = new RegistryExportView(export);
        UI.getCurrent().add(view);

        assertThat(view.entities.getListDataView().getItems().map(ExportEntity::name).toList())
                .contains("patient", "tumour", "procedure", "ablation-application", "imaging-assessment", "adverse-event",
                        "follow-up-visit", "vital-status", "board-decision", "imported-procedure");
    }

    private static ObjectNode pastCase(String pseudonym) {
        ObjectNode doc = hccCase(pseudonym);
        ((ObjectNode) doc.path("labs")).put("collectedDate", "2021-02-20");
        ((ObjectNode) doc.path("dates")).put("referralDate", "2021-03-01").put("imagingDate", "2021-02-15")
                .put("mdtDate", "2021-03-10");
        return doc;
    }
}
