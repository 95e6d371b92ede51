package org.ablationpath.board.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.board.AgendaAddForm;
import org.ablationpath.board.AgendaFill;
import org.ablationpath.board.AgendaItem;
import org.ablationpath.board.AgendaStatus;
import org.ablationpath.board.Attendee;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.Meeting;
import org.ablationpath.board.MeetingStatus;
import org.ablationpath.board.ReorderForm;
import org.ablationpath.board.Specialty;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;

/**
 * A meeting's agenda and attendance: filling it from the open board reviews (with what the not nominated cases
 * miss), the chair's reordering, adding and finalizing, the attendance by specialty, and the way into meeting mode
 * and the minutes.
 */
@Route("meetings/:meetingId")
@PageTitle("Meeting · AblationPath")
@RolesAllowed(Roles.TUMOR_BOARD)
public class MeetingAgendaView extends VerticalLayout implements BeforeEnterObserver {

    private final BoardMeetings boards;
    private final CurrentUser currentUser;
    final Grid<AgendaItem> agenda = new Grid<>();
    final Grid<Attendee> attendanceGrid = new Grid<>();
    final UnorderedList notNominated = new UnorderedList();
    final TextField caseToAdd = new TextField();
    final TextField attendeeName = new TextField();
    final Select<Specialty> attendeeSpecialty = new Select<>();
    private final List<Attendee> attendees = new ArrayList<>();
    private Meeting meeting;

    MeetingAgendaView(BoardMeetings boards, CurrentUser currentUser) {
        this.boards = boards;
        this.currentUser = currentUser;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("meetingId").flatMap(BoardUi::uuid);
        show(id.orElse(null));
    }

    void show(UUID meetingId) {
        removeAll();
        Optional<Meeting> found = meetingId == null ? Optional.empty() : boards.meeting(meetingId);
        if (found.isEmpty()) {
            add(new H2(getTranslation("error.notFound")));
            return;
        }
        meeting = found.get();
        boolean chair = currentUser.hasRole(Role.BOARD_CHAIR);
        boolean open = meeting.status() == MeetingStatus.PLANNED;
        H2 title = new H2(getTranslation("meeting.title", meeting.boardName(), meeting.meetingDate().toString(),
                meeting.meetingTime().toString()));
        title.setId("meeting-title");
        add(title, new Paragraph(getTranslation("meeting.status." + meeting.status())));

        Button fill = new Button(getTranslation("meeting.fill"), e -> fill());
        fill.setId("fill-agenda");
        fill.setEnabled(open);
        Button present = new Button(getTranslation("meeting.present"), e -> present());
        present.setId("start-meeting-mode");
        present.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button minutes = new Button(getTranslation("meeting.minutes"), e -> UI.getCurrent().navigate(MinutesView.class,
                new RouteParameters("meetingId", meeting.id().toString())));
        minutes.setId("open-minutes");
        HorizontalLayout actions = new HorizontalLayout(fill, present, minutes);
        if (chair && open) {
            Button finalize = new Button(getTranslation("meeting.finalize"), e -> finalizeMeeting());
            finalize.setId("finalize-meeting");
            finalize.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(finalize);
        }
        add(actions);
        notNominated.setId("not-nominated");
        add(notNominated);

        add(new H3(getTranslation("meeting.agenda")));
        agenda.removeAllColumns();
        agenda.setId("agenda");
        agenda.addColumn(AgendaItem::position).setHeader("#").setAutoWidth(true);
        agenda.addColumn(AgendaItem::patientPseudonym).setHeader(getTranslation("meeting.col.patient"));
        agenda.addColumn(i -> getTranslation("meeting.kind." + i.reviewKind())).setHeader(getTranslation("meeting.col.kind"));
        agenda.addColumn(AgendaItem::urgency).setHeader(getTranslation("meeting.col.urgency"));
        agenda.addColumn(i -> BoardUi.date(i.waitingSince())).setHeader(getTranslation("meeting.col.waiting"));
        agenda.addColumn(i -> getTranslation("meeting.itemStatus." + i.status())
                + (i.deferReason() == null ? "" : ": " + i.deferReason())).setHeader(getTranslation("meeting.col.status"));
        agenda.addComponentColumn(i -> {
            HorizontalLayout row = new HorizontalLayout();
            Button show = new Button(getTranslation("meeting.open"), e -> present(i));
            row.add(show);
            if (chair && open) {
                Button up = new Button("↑", e -> move(i, -1));
                up.getElement().setAttribute("aria-label", getTranslation("meeting.up"));
                Button down = new Button("↓", e -> move(i, 1));
                down.getElement().setAttribute("aria-label", getTranslation("meeting.down"));
                row.add(up, down);
            }
            return row;
        }).setAutoWidth(true);
        agenda.setAllRowsVisible(true);
        add(agenda);
        refreshAgenda();

        if (chair && open) {
            caseToAdd.setId("case-to-add");
            caseToAdd.setLabel(getTranslation("meeting.add.caseId"));
            caseToAdd.setWidth("24rem");
            Button add = new Button(getTranslation("meeting.add"), e -> addCase());
            add.setId("add-case");
            HorizontalLayout adding = new HorizontalLayout(caseToAdd, add);
            adding.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(adding);
        }

        add(new H3(getTranslation("meeting.attendance")));
        attendanceGrid.removeAllColumns();
        attendanceGrid.setId("attendance");
        attendanceGrid.addColumn(Attendee::name).setHeader(getTranslation("meeting.attendee.name"));
        attendanceGrid.addColumn(a -> getTranslation("meeting.specialty." + a.specialty())).setHeader(getTranslation("meeting.attendee.specialty"));
        attendanceGrid.addComponentColumn(a -> {
            Checkbox present2 = new Checkbox(a.present());
            present2.setEnabled(open);
            present2.addValueChangeListener(e -> {
                attendees.replaceAll(x -> x == a ? new Attendee(a.name(), a.username(), a.specialty(), e.getValue()) : x);
                saveAttendance();
            });
            return present2;
        }).setHeader(getTranslation("meeting.attendee.present"));
        attendanceGrid.setAllRowsVisible(true);
        attendees.clear();
        attendees.addAll(boards.attendance(meeting.id()));
        attendanceGrid.setItems(attendees);
        add(attendanceGrid);
        if (open) {
            attendeeName.setId("attendee-name");
            attendeeName.setLabel(getTranslation("meeting.attendee.name"));
            attendeeSpecialty.setId("attendee-specialty");
            attendeeSpecialty.setLabel(getTranslation("meeting.attendee.specialty"));
            attendeeSpecialty.setItems(Specialty.values());
            attendeeSpecialty.setItemLabelGenerator(s -> getTranslation("meeting.specialty." + s));
            Button addAttendee = new Button(getTranslation("meeting.attendee.add"), e -> addAttendee());
            addAttendee.setId("add-attendee");
            HorizontalLayout row = new HorizontalLayout(attendeeName, attendeeSpecialty, addAttendee);
            row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            add(row);
        }
    }

    private void refreshAgenda() {
        agenda.setItems(boards.agenda(meeting.id()));
    }

    void fill() {
        try {
            AgendaFill filled = boards.fillAgenda(meeting.id());
            notNominated.removeAll();
            filled.notNominated().forEach(n -> notNominated.add(new ListItem(getTranslation("meeting.notNominated",
                    n.patientPseudonym(), String.join("; ", n.problems())))));
            refreshAgenda();
        } catch (ConflictException conflict) {
            BoardUi.error(conflict.getMessage());
        }
    }

    void addCase() {
        caseToAdd.setInvalid(false);
        Optional<UUID> caseId = BoardUi.uuid(caseToAdd.getValue().strip());
        if (caseId.isEmpty()) {
            caseToAdd.setInvalid(true);
            caseToAdd.setErrorMessage(getTranslation("meeting.add.invalid"));
            return;
        }
        try {
            boards.addToAgenda(meeting.id(), new AgendaAddForm(caseId.get(), null));
            caseToAdd.clear();
            refreshAgenda();
        } catch (InvalidInputException invalid) {
            caseToAdd.setInvalid(true);
            caseToAdd.setErrorMessage(invalid.problems().stream().map(FieldProblem::message).reduce((a, b) -> a + " " + b).orElse(""));
        } catch (ConflictException conflict) {
            caseToAdd.setInvalid(true);
            caseToAdd.setErrorMessage(conflict.getMessage());
        }
    }

    private void move(AgendaItem item, int by) {
        List<UUID> order = new ArrayList<>(boards.agenda(meeting.id()).stream().map(AgendaItem::id).toList());
        int from = order.indexOf(item.id());
        int to = Math.max(0, Math.min(order.size() - 1, from + by));
        order.remove(from);
        order.add(to, item.id());
        agenda.setItems(boards.reorder(meeting.id(), new ReorderForm(order)));
    }

    void addAttendee() {
        attendeeName.setInvalid(false);
        if (attendeeName.getValue().isBlank() || attendeeSpecialty.getValue() == null) {
            attendeeName.setInvalid(attendeeName.getValue().isBlank());
            attendeeName.setErrorMessage(getTranslation("meeting.attendee.required"));
            attendeeSpecialty.setInvalid(attendeeSpecialty.getValue() == null);
            attendeeSpecialty.setErrorMessage(getTranslation("meeting.attendee.required"));
            return;
        }
        attendees.add(new Attendee(attendeeName.getValue().strip(), null, attendeeSpecialty.getValue(), true));
        if (saveAttendance()) {
            attendeeName.clear();
            attendeeSpecialty.clear();
        }
    }

    private boolean saveAttendance() {
        try {
            List<Attendee> saved = boards.recordAttendance(meeting.id(), List.copyOf(attendees));
            attendees.clear();
            attendees.addAll(saved);
            attendanceGrid.setItems(attendees);
            return true;
        } catch (InvalidInputException invalid) {
            attendeeName.setInvalid(true);
            attendeeName.setErrorMessage(invalid.problems().stream().map(FieldProblem::message).findFirst().orElse(""));
            attendees.clear();
            attendees.addAll(boards.attendance(meeting.id()));
            return false;
        } catch (ConflictException conflict) {
            BoardUi.error(conflict.getMessage());
            return false;
        }
    }

    void finalizeMeeting() {
        boards.finalizeMeeting(meeting.id());
        show(meeting.id());
    }

    private void present() {
        boards.agenda(meeting.id()).stream().filter(i -> i.status() == AgendaStatus.PENDING).findFirst()
                .or(() -> boards.agenda(meeting.id()).stream().findFirst())
                .ifPresentOrElse(this::present, () -> BoardUi.error(getTranslation("meeting.empty")));
    }

    private void present(AgendaItem item) {
        UI.getCurrent().navigate(MeetingModeView.class,
                new RouteParameters(Map.of("meetingId", meeting.id().toString(), "itemId", item.id().toString())));
    }
}
