package org.ablationpath.outcomes.exchange.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.ablationpath.identity.Roles;
import org.ablationpath.outcomes.exchange.ExportEntity;
import org.ablationpath.outcomes.exchange.RegistryExport;

/**
 * The data manager downloads each entity of their centers as pseudonymized CSV, and the data dictionary that
 * describes every column. Each download is a read of every patient in it, and logged as such.
 */
@Route("registry/export")
@PageTitle("Registry export · AblationPath")
@RolesAllowed(Roles.DATA_MANAGER)
public class RegistryExportView extends VerticalLayout {

    final Grid<ExportEntity> entities = new Grid<>();

    RegistryExportView(RegistryExport export) {
        setSizeFull();
        add(new H2(getTranslation("exchange.export.title")), new Paragraph(getTranslation("exchange.export.help")));
        Anchor dictionary = download("data-dictionary.csv", export::dataDictionaryCsv, getTranslation("exchange.export.dictionary"));
        dictionary.setId("registry-export-dictionary");
        add(dictionary);
        entities.setId("registry-export-entities");
        entities.addColumn(ExportEntity::name).setHeader(getTranslation("exchange.export.col.entity")).setAutoWidth(true);
        entities.addColumn(ExportEntity::description).setHeader(getTranslation("exchange.export.col.description")).setFlexGrow(1);
        entities.addColumn(e -> e.columns().size()).setHeader(getTranslation("exchange.export.col.fields")).setAutoWidth(true);
        entities.addComponentColumn(e -> download(e.name() + ".csv", () -> export.csv(e.name()),
                getTranslation("exchange.export.download"))).setAutoWidth(true);
        entities.setItems(export.entities());
        addAndExpand(entities);
    }

    private static Anchor download(String fileName, Supplier<String> csv, String text) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8", bytes.length);
        }), text);
    }
}
