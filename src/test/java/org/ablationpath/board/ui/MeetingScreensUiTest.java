package org.ablationpath.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.ablationpath.AblationPathTest;
import org.ablationpath.MockedScreens;
import org.ablationpath.TestCases;
import org.ablationpath.board.AgendaAddForm;
import org.ablationpath.board.AgendaItem;
import org.ablationpath.board.AgendaStatus;
import org.ablationpath.board.Attendee;
import org.ablationpath.board.Board;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.board.Intent;
import org.ablationpath.board.NewBoard;
import org.ablationpath.board.NewMeetings;
import org.ablationpath.board.Specialty;
import org.ablationpath.identity.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

/** The board's screens in their states: not found, agenda and attendance, meeting mode, minutes, My referrals. */
@AblationPathTest
class MeetingScreensUiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    BoardMeetings boards;
    @Autowired
    CurrentUser currentUser;

    private UUID caseId;
    private UUID meetingId;
    private AgendaItem item;
    private String pseudonym;

    @BeforeEach
    void meetingWithOneCase() {
        pseudonym = TestCases.uniquePseudonym("UI-MTG");
        caseId = TestCases.refer(rest, TestCases.hccCase(pseudonym));
        MockedScreens.signIn("chair", "C01", "TUMOR_BOARD", "BOARD_CHAIR");
        MockedScreens.open(context);
        Board board = boards.createBoard(new NewBoard(null, TestCases.uniquePseudonym("UI board"), "LIVER", DayOfWeek.MONDAY,
                LocalTime.of(16, 0), null));
        meetingId = boards.planMeetings(board.id(), new NewMeetings(LocalDate.now().plusDays(1), 1)).get(0).id();
        item = boards.addToAgenda(meetingId, new AgendaAddForm(caseId, null));
    }

    @AfterEach
    void close() {
        MockedScreens.close();
    }

    @Test
    void unknownMeetingShowsNotFoundOnEveryMeetingScreen() {
        MeetingAgendaView agenda = new MeetingAgendaView(boards, currentUser);
        agenda.show(UUID.randomUUID());
        MeetingModeView mode = new MeetingModeView(boards, currentUser);
        mode.show(UUID.randomUUID(), UUID.randomUUID());
        MinutesView minutes = new MinutesView(boards, context.getBean(org.ablationpath.board.internal.MinutesPdf.class));
        minutes.show(UUID.randomUUID());

        for (Component view : List.of(agenda, mode, minutes)) {
            assertThat(texts(view, H2.class)).containsExactly("Not found, or not part of your center.");
        }
    }

    @Test
    void meetingModeLoadsAheadOnlyTheCaseInTheDirectionTheBoardIsGoing() {
        AgendaItem second = boards.addToAgenda(meetingId, new AgendaAddForm(
                TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("UI-MTG"))), null));
        AgendaItem third = boards.addToAgenda(meetingId, new AgendaAddForm(
                TestCases.refer(rest, TestCases.hccCase(TestCases.uniquePseudonym("UI-MTG"))), null));
        MeetingModeView view = new MeetingModeView(boards, currentUser);

        view.show(meetingId, item.id());
        assertThat(view.loadedAhead()).containsExactly(second.id());
        view.show(meetingId, third.id());
        assertThat(view.loadedAhead()).as("the last case has nothing after it").isEmpty();
        view.show(meetingId, second.id());
        assertThat(view.loadedAhead()).as("going back").containsExactly(item.id());
        assertThat(view.shown.item().id()).isEqualTo(second.id());
    }

    @Test
    void agendaListsTheCaseAndAttendanceNeedsNameAndSpecialty() {
        MeetingAgendaView view = new MeetingAgendaView(boards, currentUser);
        UI.getCurrent().add(view);
        view.show(meetingId);

        assertThat(view.agenda.getGenericDataView().getItems().map(AgendaItem::caseId)).containsExactly(caseId);
        view.addAttendee();
        assertThat(view.attendeeName.isInvalid()).isTrue();
        view.attendeeName.setValue("Dr Chair");
        view.attendeeSpecialty.setValue(Specialty.CHAIR);
        view.addAttendee();
        assertThat(boards.attendance(meetingId)).extracting(Attendee::name).containsExactly("Dr Chair");

        view.caseToAdd.setValue("not an id");
        view.addCase();
        assertThat(view.caseToAdd.isInvalid()).isTrue();
    }

    @Test
    void meetingModeRefusesTheDecisionWithoutQuorumThenRecordsItWithTheChairsException() {
        MeetingModeView view = new MeetingModeView(boards, currentUser);
        UI.getCurrent().add(view);
        view.show(meetingId, item.id());

        assertThat(texts(view, H2.class)).anyMatch(t -> t.contains(pseudonym));
        assertThat(view.shown.quorum().quorate()).isFalse();
        view.form.decisionCode.setValue(DecisionCode.RESECTION);
        view.form.intent.setValue(Intent.CURATIVE);
        view.form.rationale.setValue("Resectable single HCC.");
        view.form.submit();
        assertThat(view.form.overrideReason.isInvalid()).as("override reason required").isTrue();

        view.form.overrideReason.setValue("The surgeon prefers an anatomical resection here.");
        view.form.submit();
        assertThat(view.form.otherErrors.getChildren().map(c -> c.getElement().getText()))
                .anyMatch(t -> t.startsWith("attendance"));

        view.form.chairReason.setValue("Surgeon and radiologist consulted by phone before the meeting.");
        view.form.chairAction(true);
        MeetingDecisionForm form = view.form;
        form.decisionCode.setValue(DecisionCode.RESECTION);
        form.intent.setValue(Intent.CURATIVE);
        form.rationale.setValue("Resectable single HCC.");
        form.overrideReason.setValue("The surgeon prefers an anatomical resection here.");
        form.submit();

        assertThat(view.shown.item().status()).isEqualTo(AgendaStatus.DECIDED);
        assertThat(view.form).as("no form once decided").isNull();

        MinutesView minutes = new MinutesView(boards, context.getBean(org.ablationpath.board.internal.MinutesPdf.class));
        minutes.show(meetingId);
        assertThat(allText(minutes)).contains("Resection").contains("Provisional (not quorate)")
                .contains("The surgeon prefers an anatomical resection here.");
    }

    @Test
    void aClinicalTrialAsksForItsArmAndAnAblativeArmOpensThePlan() {
        MeetingModeView view = new MeetingModeView(boards, currentUser);
        UI.getCurrent().add(view);
        view.show(meetingId, item.id());
        MeetingDecisionForm form = view.form;

        assertThat(form.trialArmAblation.isVisible()).as("only with a clinical trial").isFalse();
        form.decisionCode.setValue(DecisionCode.CLINICAL_TRIAL);
        assertThat(form.trialArmAblation.isVisible()).isTrue();
        assertThat(form.targetLesions.isEnabled()).as("no plan before the arm is known").isFalse();
        form.intent.setValue(Intent.CURATIVE);
        form.rationale.setValue("Margin trial, ablation arm.");
        form.chairReason.setValue("Surgeon and radiologist consulted by phone before the meeting.");
        form.submit();
        assertThat(form.trialArmAblation.isInvalid()).as("the arm is required with a trial").isTrue();
        assertThat(form.trialArmAblation.getErrorMessage()).contains("trial treatment is an ablation");

        form.trialArmAblation.setValue(true);
        assertThat(form.targetLesions.isEnabled()).isTrue();
        assertThat(form.plannedModality.isEnabled()).isTrue();
        assertThat(form.concordanceHint.getText()).isEqualTo(form.getTranslation("board.concordant"));
        form.decisionCode.setValue(DecisionCode.SYSTEMIC);
        assertThat(form.trialArmAblation.isVisible()).isFalse();
        assertThat(form.trialArmAblation.getValue()).as("cleared with another decision").isNull();
        assertThat(form.targetLesions.isEnabled()).isFalse();
    }

    @Test
    void chairDefersWithAReasonOnly() {
        MeetingModeView view = new MeetingModeView(boards, currentUser);
        UI.getCurrent().add(view);
        view.show(meetingId, item.id());

        view.form.chairAction(false);
        assertThat(view.form.chairReason.isInvalid()).isTrue();
        view.form.chairReason.setValue("Biopsy result pending.");
        view.form.chairAction(false);
        assertThat(view.shown.item().status()).isEqualTo(AgendaStatus.DEFERRED);
    }

    @Test
    void boardsScreenNamesTheMissingFieldsAndMyReferralsListsTheCase() {
        BoardsView boardsView = new BoardsView(boards, currentUser);
        boardsView.create();
        assertThat(boardsView.name.isInvalid()).isTrue();
        assertThat(boardsView.meetings.getGenericDataView().getItems().map(m -> m.id())).contains(meetingId);

        MockedScreens.signIn("physician", "C01", "REFERRING_PHYSICIAN");
        MyReferralsView mine = new MyReferralsView(boards);
        assertThat(mine.grid.getGenericDataView().getItems().map(r -> r.caseId())).contains(caseId);
    }

    private static List<String> texts(Component root, Class<? extends HasText> type) {
        return descendants(root).filter(type::isInstance).map(c -> ((HasText) c).getText()).toList();
    }

    private static String allText(Component root) {
        return root.getElement().getTextRecursively();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(MeetingScreensUiTest::descendants));
    }
}
