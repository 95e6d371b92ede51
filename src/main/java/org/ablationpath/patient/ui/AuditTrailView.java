package org.ablationpath.patient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.ablationpath.identity.AuditTrail;
import org.ablationpath.identity.Center;
import org.ablationpath.identity.Roles;
import org.ablationpath.identity.UserDirectory;
import org.ablationpath.patient.PatientService;
import org.ablationpath.platform.persistence.RecordChange;

/** Administrators and data managers look up a patient by center and pseudonym and read the whole trail. */
@Route("audit")
@PageTitle("Audit trail · AblationPath")
@RolesAllowed({Roles.ADMIN, Roles.DATA_MANAGER})
public class AuditTrailView extends VerticalLayout {

    final Select<Center> center = new Select<>();
    final TextField pseudonym = new TextField();
    final Button show = new Button();
    final Grid<RecordChange> trail = new Grid<>();
    private final Paragraph status = new Paragraph();

    AuditTrailView(PatientService patients, AuditTrail auditTrail, UserDirectory directory) {
        setSizeFull();
        add(new H2(getTranslation("audit.title")));
        center.setLabel(getTranslation("audit.center"));
        center.setItems(directory.centers());
        center.setItemLabelGenerator(c -> c.id() + " " + c.name());
        center.setId("audit-center");
        pseudonym.setLabel(getTranslation("audit.pseudonym"));
        pseudonym.setId("audit-pseudonym");
        show.setText(getTranslation("audit.show"));
        show.setId("audit-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout search = new HorizontalLayout(center, pseudonym, show);
        search.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        trail.setId("audit-trail");
        trail.addColumn(c -> when.format(c.at().atZone(ZoneId.systemDefault()))).setHeader(getTranslation("audit.col.when")).setAutoWidth(true);
        trail.addColumn(RecordChange::username).setHeader(getTranslation("audit.col.who")).setAutoWidth(true);
        trail.addColumn(RecordChange::action).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        trail.addColumn(RecordChange::recordType).setHeader(getTranslation("audit.col.record")).setAutoWidth(true);
        trail.addColumn(c -> describe(c)).setHeader(getTranslation("audit.col.changes")).setFlexGrow(1);
        trail.setEmptyStateText(getTranslation("audit.empty"));

        show.addClickListener(e -> {
            if (center.getValue() == null || pseudonym.isEmpty()) {
                status.setText(getTranslation("audit.choose"));
                return;
            }
            patients.findByPseudonym(center.getValue().id(), pseudonym.getValue().strip()).ifPresentOrElse(patient -> {
                List<RecordChange> changes = auditTrail.ofPatient(patient.id(), patient.centerId());
                trail.setItems(changes);
                status.setText(getTranslation("audit.count", changes.size()));
            }, () -> {
                trail.setItems(List.of());
                status.setText(getTranslation("error.notFound"));
            });
        });
        add(search, status);
        addAndExpand(trail);
    }

    private static String describe(RecordChange change) {
        return change.changes().entrySet().stream()
                .map(e -> e.getKey() + ": " + (e.getValue().before() == null ? "—" : e.getValue().before()) + " → "
                        + (e.getValue().after() == null ? "—" : e.getValue().after()))
                .collect(Collectors.joining("; "));
    }
}
