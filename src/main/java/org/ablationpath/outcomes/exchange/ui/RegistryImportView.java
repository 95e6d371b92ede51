package org.ablationpath.outcomes.exchange.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.ablationpath.identity.Roles;
import org.ablationpath.outcomes.exchange.Csv;
import org.ablationpath.outcomes.exchange.CsvCaseLayout;
import org.ablationpath.outcomes.exchange.ImportRowResult;
import org.ablationpath.outcomes.exchange.RegistryBatchImport;
import org.ablationpath.platform.web.InvalidInputException;

/**
 * The data manager uploads a JSON array of case documents or a CSV in the flat layout; every row is imported or
 * rejected on its own, and the grid shows each row's result: the new case, or the reasons per field.
 */
@Route("registry/import")
@PageTitle("Registry import · AblationPath")
@RolesAllowed(Roles.DATA_MANAGER)
public class RegistryImportView extends VerticalLayout {

    final Grid<ImportRowResult> results = new Grid<>();
    final Paragraph summary = new Paragraph();
    private final RegistryBatchImport batchImport;

    @SuppressWarnings("deprecation") // MemoryBuffer: the succeeded listener then runs with the session lock held
    RegistryImportView(RegistryBatchImport batchImport) {
        this.batchImport = batchImport;
        setSizeFull();
        add(new H2(getTranslation("exchange.import.title")), new Paragraph(getTranslation("exchange.import.help")));
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("registry-import-upload");
        upload.setAcceptedFileTypes(".json", ".csv", "application/json", "text/csv");
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                importFile(e.getFileName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException unreadable) {
                summary.setText(getTranslation("exchange.import.unreadable"));
            }
        });
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = Csv.line(CsvCaseLayout.TEMPLATE_COLUMNS).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "registry-import-template.csv", "text/csv", bytes.length);
        }), getTranslation("exchange.import.template"));
        template.setId("registry-import-template");

        summary.setId("registry-import-summary");
        results.setId("registry-import-results");
        results.addColumn(ImportRowResult::row).setHeader(getTranslation("exchange.import.col.row")).setAutoWidth(true);
        results.addColumn(ImportRowResult::patientId).setHeader(getTranslation("exchange.import.col.patient")).setAutoWidth(true);
        results.addColumn(r -> getTranslation("exchange.import.status." + r.status().name()))
                .setHeader(getTranslation("exchange.import.col.status")).setAutoWidth(true);
        results.addColumn(r -> r.caseId() == null ? "" : r.caseId() + " (" + r.finalStatus() + ")")
                .setHeader(getTranslation("exchange.import.col.case")).setAutoWidth(true);
        results.addColumn(RegistryImportView::reasons).setHeader(getTranslation("exchange.import.col.reasons")).setFlexGrow(1);
        results.setEmptyStateText(getTranslation("exchange.import.empty"));
        add(upload, template, summary);
        addAndExpand(results);
    }

    /** Imports the file's rows (CSV by its name, JSON otherwise) and shows the result of each. */
    void importFile(String fileName, String content) {
        RegistryBatchImport.Format format = fileName != null && fileName.toLowerCase().endsWith(".csv")
                ? RegistryBatchImport.Format.CSV : RegistryBatchImport.Format.JSON;
        try {
            List<ImportRowResult> rows = batchImport.importBatch(format, content);
            results.setItems(rows);
            long imported = rows.stream().filter(ImportRowResult::imported).count();
            summary.setText(getTranslation("exchange.import.summary", imported, rows.size() - imported));
        } catch (InvalidInputException unreadable) {
            results.setItems(List.of());
            summary.setText(getTranslation("exchange.import.fileRejected") + " " + unreadable.problems().stream()
                    .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
    }

    static String reasons(ImportRowResult row) {
        return row.errors().stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
    }
}
