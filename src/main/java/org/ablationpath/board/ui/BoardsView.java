package org.ablationpath.board.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.ablationpath.board.Board;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.Meeting;
import org.ablationpath.board.NewBoard;
import org.ablationpath.board.NewMeetings;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.platform.web.InvalidInputException;

/** The center's boards and their coming meetings; the chair creates boards and plans meetings. */
@Route("boards")
@PageTitle("Tumour boards · AblationPath")
@RolesAllowed(Roles.TUMOR_BOARD)
public class BoardsView extends VerticalLayout {

    private static final int UPCOMING = 20;

    private final BoardMeetings boards;
    final Grid<Meeting> meetings = new Grid<>();
    final Grid<Board> boardGrid = new Grid<>();
    final TextField name = new TextField();
    final Select<String> organ = new Select<>();
    final Select<DayOfWeek> day = new Select<>();
    final TimePicker time = new TimePicker();
    final TextField quorumPolicy = new TextField();
    private final FieldErrors fieldErrors = new FieldErrors();

    BoardsView(BoardMeetings boards, CurrentUser currentUser) {
        this.boards = boards;
        setMaxWidth("80rem");
        boolean chair = currentUser.hasRole(Role.BOARD_CHAIR);
        add(new H2(getTranslation("meeting.boards.title")));

        add(new H3(getTranslation("meeting.boards.upcoming")));
        meetings.setId("upcoming-meetings");
        meetings.addColumn(m -> m.meetingDate() + " " + m.meetingTime()).setHeader(getTranslation("meeting.col.date"));
        meetings.addColumn(Meeting::boardName).setHeader(getTranslation("meeting.col.board"));
        meetings.addColumn(m -> getTranslation("meeting.status." + m.status())).setHeader(getTranslation("meeting.col.status"));
        meetings.addComponentColumn(m -> new Button(getTranslation("meeting.open"), e -> UI.getCurrent()
                .navigate(MeetingAgendaView.class, new RouteParameters("meetingId", m.id().toString()))));
        meetings.setAllRowsVisible(true);
        add(meetings);

        add(new H3(getTranslation("meeting.boards.list")));
        boardGrid.setId("boards");
        boardGrid.addColumn(Board::name).setHeader(getTranslation("meeting.board.name"));
        boardGrid.addColumn(b -> b.organ() == null ? getTranslation("meeting.board.allOrgans") : b.organ())
                .setHeader(getTranslation("meeting.board.organ"));
        boardGrid.addColumn(b -> b.meetingDay() + " " + b.meetingTime()).setHeader(getTranslation("meeting.board.slot"));
        boardGrid.addColumn(b -> b.quorumPolicy() == null ? getTranslation("meeting.board.defaultQuorum") : b.quorumPolicy())
                .setHeader(getTranslation("meeting.board.quorum"));
        if (chair) {
            boardGrid.addComponentColumn(b -> {
                Button plan = new Button(getTranslation("meeting.board.planNext"), e -> plan(b));
                plan.setId("plan-" + b.id());
                return plan;
            });
        }
        boardGrid.setAllRowsVisible(true);
        add(boardGrid);
        if (chair) {
            add(createForm());
        }
        refresh();
    }

    private VerticalLayout createForm() {
        name.setId("board-name");
        name.setLabel(getTranslation("meeting.board.name"));
        organ.setId("board-organ");
        organ.setLabel(getTranslation("meeting.board.organ"));
        organ.setItems("LIVER", "LUNG", "KIDNEY", "BONE", "THYROID", "PANCREAS", "SKIN");
        organ.setEmptySelectionAllowed(true);
        organ.setEmptySelectionCaption(getTranslation("meeting.board.allOrgans"));
        day.setId("board-day");
        day.setLabel(getTranslation("meeting.board.day"));
        day.setItems(DayOfWeek.values());
        time.setId("board-time");
        time.setLabel(getTranslation("meeting.board.time"));
        time.setValue(LocalTime.of(16, 0));
        quorumPolicy.setId("board-quorum");
        quorumPolicy.setLabel(getTranslation("meeting.board.quorum"));
        quorumPolicy.setHelperText(getTranslation("meeting.board.quorum.help"));
        quorumPolicy.setWidth("40rem");
        fieldErrors.bind("name", name).bind("organ", organ).bind("meetingDay", day).bind("meetingTime", time)
                .bind("quorumPolicy", quorumPolicy);
        Button create = new Button(getTranslation("meeting.board.create"), e -> create());
        create.setId("create-board");
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("meeting.board.new")),
                new HorizontalLayout(name, organ, day, time), quorumPolicy, create);
        form.setPadding(false);
        return form;
    }

    void create() {
        fieldErrors.clear();
        try {
            boards.createBoard(new NewBoard(null, name.getValue(), organ.getValue(), day.getValue(), time.getValue(),
                    quorumPolicy.getValue()));
            name.clear();
            quorumPolicy.clear();
            refresh();
        } catch (InvalidInputException invalid) {
            fieldErrors.show(invalid.problems());
        }
    }

    void plan(Board board) {
        boards.planMeetings(board.id(), new NewMeetings(null, 1));
        refresh();
    }

    private void refresh() {
        meetings.setItems(boards.upcomingMeetings(UPCOMING));
        boardGrid.setItems(boards.boards());
    }
}
