package org.ablationpath.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.Minutes;
import org.ablationpath.board.internal.MinutesPdf;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.NotFoundException;

/** A meeting's minutes as a printable page (cases, decisions, attendance), with the PDF download. */
@Route("meetings/:meetingId/minutes")
@PageTitle("Minutes · AblationPath")
@RolesAllowed(Roles.TUMOR_BOARD)
public class MinutesView extends VerticalLayout implements BeforeEnterObserver {

    private final BoardMeetings boards;
    private final MinutesPdf pdf;

    MinutesView(BoardMeetings boards, MinutesPdf pdf) {
        this.boards = boards;
        this.pdf = pdf;
        setId("minutes");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("meetingId").flatMap(BoardUi::uuid).orElse(null));
    }

    void show(UUID meetingId) {
        removeAll();
        Optional<Minutes> found;
        try {
            found = meetingId == null ? Optional.empty() : Optional.of(boards.minutes(meetingId));
        } catch (NotFoundException notFound) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            add(new H2(getTranslation("error.notFound")));
            return;
        }
        Minutes m = found.get();
        H2 title = new H2(getTranslation("meeting.minutes.title", m.meeting().boardName(), m.meeting().meetingDate().toString()));
        title.setId("minutes-title");
        Button print = new Button(getTranslation("meeting.minutes.print"), e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("print-minutes");
        Anchor download = new Anchor(new StreamResource("minutes-" + m.meeting().meetingDate() + ".pdf",
                () -> new ByteArrayInputStream(pdf.render(boards.minutes(m.meeting().id())))), getTranslation("meeting.minutes.pdf"));
        download.setId("minutes-pdf");
        download.getElement().setAttribute("download", true);
        HorizontalLayout actions = new HorizontalLayout(print, download);
        actions.addClassName("no-print");
        add(title, new Paragraph(getTranslation("meeting.status." + m.meeting().status())
                + (m.meeting().finalizedBy() == null ? "" : " · " + m.meeting().finalizedBy() + " · " + BoardUi.date(m.meeting().finalizedAt()))),
                actions);

        add(new H3(getTranslation("meeting.attendance")));
        UnorderedList attendance = new UnorderedList();
        attendance.setId("minutes-attendance");
        m.attendees().forEach(a -> attendance.add(new ListItem(a.name() + " · " + getTranslation("meeting.specialty." + a.specialty())
                + (a.present() ? "" : " · " + getTranslation("meeting.attendee.left")))));
        add(attendance);

        add(new H3(getTranslation("meeting.minutes.cases", m.entries().size())));
        int n = 1;
        for (Minutes.Entry entry : m.entries()) {
            Div box = new Div();
            box.addClassName("minutes-entry");
            box.setId("minutes-entry-" + n);
            box.add(new H3(n++ + ". " + entry.item().patientPseudonym() + " · " + getTranslation("meeting.kind." + entry.item().reviewKind())
                    + " · " + getTranslation("meeting.itemStatus." + entry.item().status())));
            BoardDecision d = entry.decision();
            if (d != null) {
                box.add(new Paragraph(getTranslation("meeting.minutes.decision", getTranslation("decision." + d.decisionCode()),
                        getTranslation("intent." + d.intent()))
                        + (d.plannedModality() == null ? "" : " · " + d.plannedModality())
                        + (d.targetLesions().isEmpty() ? "" : " · " + String.join(", ", d.targetLesions()))));
                box.add(new Paragraph(getTranslation(d.concordant() ? "board.concordance.yes" : "board.concordance.no",
                        d.recommendedStatus() == null ? "—" : getTranslation("status." + d.recommendedStatus()))));
                box.add(new Paragraph(getTranslation("board.rationale") + ": " + d.rationale()));
                if (d.overrideReason() != null) {
                    box.add(new Paragraph(getTranslation("board.overrideReason") + ": " + d.overrideReason()));
                }
                if (d.provisional()) {
                    box.add(new Paragraph(getTranslation("meeting.minutes.provisional", d.quorumExceptionReason())));
                }
                box.add(new Paragraph(getTranslation("meeting.minutes.present", d.attendees() == null ? "—" : d.attendees())));
                box.add(new Paragraph(getTranslation("board.decidedBy", d.decidedBy(), BoardUi.date(d.decidedAt()))
                        + " · " + getTranslation("meeting.minutes.rules", d.rulesVersion() == null ? "—" : d.rulesVersion())));
            } else if (entry.item().deferReason() != null) {
                box.add(new Paragraph(getTranslation("meeting.mode.deferred", entry.item().deferReason())));
            }
            add(box);
        }
    }
}
