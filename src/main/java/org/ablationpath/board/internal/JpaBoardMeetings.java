package org.ablationpath.board.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ablationpath.board.AgendaAddForm;
import org.ablationpath.board.AgendaFill;
import org.ablationpath.board.AgendaItem;
import org.ablationpath.board.AgendaStatus;
import org.ablationpath.board.Attendee;
import org.ablationpath.board.Board;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.BoardDecisionForm;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.Meeting;
import org.ablationpath.board.MeetingCase;
import org.ablationpath.board.Minutes;
import org.ablationpath.board.MyReferral;
import org.ablationpath.board.NewBoard;
import org.ablationpath.board.NewMeetings;
import org.ablationpath.board.Nomination;
import org.ablationpath.board.QuorumPolicy;
import org.ablationpath.board.QuorumStatus;
import org.ablationpath.board.ReasonForm;
import org.ablationpath.board.ReorderForm;
import org.ablationpath.board.ReviewKind;
import org.ablationpath.board.SubsequentTreatment;
import org.ablationpath.board.TimelineEntry;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.patient.LesionRecord;
import org.ablationpath.patient.PatientService;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.ablationpath.referral.CaseSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boards, meetings and agendas on the module's tables; which cases await review comes from the platform's task SPI
 * (open tasks with the board review form key), and a decision completes that task through the same SPI.
 */
@Service
@Transactional
class JpaBoardMeetings implements BoardMeetings {

    /** Enough for every open board review of a center; the agenda fill is not on a timed path. */
    private static final int MAX_OPEN_TASKS = 5000;
    private static final String NOT_DISCUSSED = "Not discussed before the minutes were finalized.";

    private final BoardRepository boards;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AttendanceRepository attendance;
    private final NominationRepository nominations;
    private final BoardDecisionRepository decisions;
    private final SubsequentTreatmentRepository treatments;
    private final MeetingDecisions meetingDecisions;
    private final NominationCheck nominationCheck;
    private final CaseTasks tasks;
    private final CaseDirectory cases;
    private final PatientService patients;
    private final EvaluationHistory evaluations;
    private final CurrentUser currentUser;
    private final AccessLog accessLog;
    private final Validator validator;
    private final Clock clock;

    JpaBoardMeetings(BoardRepository boards, MeetingRepository meetings, AgendaItemRepository items,
                     AttendanceRepository attendance, NominationRepository nominations, BoardDecisionRepository decisions,
                     SubsequentTreatmentRepository treatments, MeetingDecisions meetingDecisions,
                     NominationCheck nominationCheck, CaseTasks tasks, CaseDirectory cases, PatientService patients,
                     EvaluationHistory evaluations, CurrentUser currentUser, AccessLog accessLog, Validator validator,
                     Clock clock) {
        this.boards = boards;
        this.meetings = meetings;
        this.items = items;
        this.attendance = attendance;
        this.nominations = nominations;
        this.decisions = decisions;
        this.treatments = treatments;
        this.meetingDecisions = meetingDecisions;
        this.nominationCheck = nominationCheck;
        this.tasks = tasks;
        this.cases = cases;
        this.patients = patients;
        this.evaluations = evaluations;
        this.currentUser = currentUser;
        this.accessLog = accessLog;
        this.validator = validator;
        this.clock = clock;
    }

    // boards and meetings -------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<Board> boards() {
        return boards.findByCenterIdInOrderByName(currentUser.centerIds()).stream().map(BoardEntity::toRecord).toList();
    }

    @Override
    public Board createBoard(NewBoard form) {
        requireChair("create a board");
        List<FieldProblem> problems = validate(form);
        String centerId = form.centerId() == null || form.centerId().isBlank() ? currentUser.primaryCenterId() : form.centerId();
        if (!currentUser.canSeeCenter(centerId)) {
            problems.add(new FieldProblem("centerId", "Not one of your centers."));
        }
        String policy = form.quorumPolicy() == null || form.quorumPolicy().isBlank() ? null : form.quorumPolicy().strip();
        if (policy != null) {
            try {
                policy = QuorumPolicy.parse(policy).toString();
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("quorumPolicy", unknown.getMessage()));
            }
        }
        if (form.name() != null && boards.existsByCenterIdAndName(centerId, form.name().strip())) {
            problems.add(new FieldProblem("name", "The center already has a board of this name."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return boards.save(new BoardEntity(centerId, form.name().strip(), form.organ(), form.meetingDay(), form.meetingTime(),
                policy)).toRecord();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Meeting> meetings(UUID boardId) {
        BoardEntity board = visibleBoard(boardId);
        return meetings.findByBoardIdOrderByMeetingDate(boardId).stream().map(m -> m.toRecord(board.name())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Meeting> upcomingMeetings(int limit) {
        List<MeetingEntity> found = meetings.findByCenterIdInAndMeetingDateGreaterThanEqualOrderByMeetingDate(
                currentUser.centerIds(), LocalDate.now(clock), PageRequest.of(0, limit));
        Map<UUID, String> names = boardNames(found.stream().map(MeetingEntity::boardId).collect(Collectors.toSet()));
        return found.stream().map(m -> m.toRecord(names.get(m.boardId()))).toList();
    }

    @Override
    public List<Meeting> planMeetings(UUID boardId, NewMeetings form) {
        requireChair("plan meetings");
        BoardEntity board = visibleBoard(boardId);
        List<FieldProblem> problems = validate(form);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        LocalDate first = form.firstDate() != null ? form.firstDate()
                : LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(board.meetingDay()));
        if (first.isBefore(LocalDate.now(clock))) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("firstDate", "A meeting cannot be planned in the past.")));
        }
        int count = form.count() == null ? 1 : form.count();
        List<Meeting> planned = new ArrayList<>();
        for (int week = 0; week < count; week++) {
            LocalDate date = first.plusWeeks(week);
            if (!meetings.existsByBoardIdAndMeetingDate(boardId, date)) {
                planned.add(meetings.save(new MeetingEntity(boardId, board.centerId(), date, board.meetingTime()))
                        .toRecord(board.name()));
            }
        }
        return planned;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(UUID meetingId) {
        return meetings.findById(meetingId).filter(m -> currentUser.canSeeCenter(m.centerId()))
                .map(m -> m.toRecord(boardNames(Set.of(m.boardId())).get(m.boardId())));
    }

    @Override
    public Meeting finalizeMeeting(UUID meetingId) {
        requireChair("finalize the minutes");
        MeetingEntity meeting = openMeeting(meetingId);
        // an undiscussed case goes back to the pool for the next meeting
        items.findByMeetingIdOrderByPosition(meetingId).stream().filter(i -> i.status() == AgendaStatus.PENDING)
                .forEach(i -> i.defer(NOT_DISCUSSED));
        meeting.finalizeMinutes(Instant.now(clock), currentUser.username());
        return meeting.toRecord(boardNames(Set.of(meeting.boardId())).get(meeting.boardId()));
    }

    // agenda ------------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(UUID meetingId) {
        visibleMeeting(meetingId);
        return toRecords(items.findByMeetingIdOrderByPosition(meetingId));
    }

    @Override
    public AgendaFill fillAgenda(UUID meetingId) {
        MeetingEntity meeting = openMeeting(meetingId);
        BoardEntity board = boards.findById(meeting.boardId()).orElseThrow();
        List<TaskItem> open = openReviews().stream().filter(t -> meeting.centerId().equals(t.centerId())).toList();
        Set<String> waitingElsewhere = items.findByTaskIdInAndStatus(open.stream().map(TaskItem::id).toList(), AgendaStatus.PENDING)
                .stream().map(AgendaItemEntity::taskId).collect(Collectors.toSet());
        Set<UUID> onThisAgenda = items.findByMeetingIdOrderByPosition(meetingId).stream().map(AgendaItemEntity::caseId)
                .collect(Collectors.toSet());
        List<TaskItem> candidates = open.stream()
                .filter(t -> !waitingElsewhere.contains(t.id()) && !onThisAgenda.contains(t.caseId()))
                .filter(t -> board.organ() == null || patients.lesionsOfCase(t.caseId()).stream()
                        .anyMatch(l -> board.organ().equalsIgnoreCase(l.organ())))
                .toList();
        Map<UUID, CaseSummary> summaries = cases.summaries(candidates.stream().map(TaskItem::caseId).toList());
        List<TaskItem> ordered = candidates.stream().filter(t -> summaries.containsKey(t.caseId()))
                .sorted(Comparator.comparing((TaskItem t) -> !"URGENT".equals(summaries.get(t.caseId()).urgency()))
                        .thenComparing(TaskItem::created))
                .toList();
        int position = nextPosition(meetingId);
        List<AgendaItemEntity> added = new ArrayList<>();
        List<Nomination> notNominated = new ArrayList<>();
        for (TaskItem task : ordered) {
            CaseSummary kase = summaries.get(task.caseId());
            List<String> problems = nominate(meeting, kase);
            if (problems.isEmpty()) {
                added.add(items.save(newItem(meeting, kase, task, position++, null)));
            } else {
                notNominated.add(new Nomination(kase.id(), kase.patientPseudonym(), false, problems));
            }
        }
        return new AgendaFill(toRecords(added), notNominated);
    }

    @Override
    public AgendaItem addToAgenda(UUID meetingId, AgendaAddForm form) {
        requireChair("add a case to the agenda");
        MeetingEntity meeting = openMeeting(meetingId);
        List<FieldProblem> problems = validate(form);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        CaseSummary kase = cases.visibleCase(form.caseId()).filter(c -> c.centerId().equals(meeting.centerId()))
                .orElseThrow(() -> InvalidInputException.badRequest(List.of(new FieldProblem("caseId", "No such case of the meeting's center."))));
        TaskItem review = tasks.openTasksOfCase(kase.id()).stream().filter(t -> BoardReviewHandler.FORM_KEY.equals(t.formKey()))
                .findFirst().orElseThrow(() -> InvalidInputException.badRequest(List.of(
                        new FieldProblem("caseId", "The case has no open board review."))));
        if (items.existsByMeetingIdAndCaseId(meetingId, kase.id())) {
            throw new ConflictException("The case is already on this agenda.");
        }
        if (!items.findByTaskIdInAndStatus(List.of(review.id()), AgendaStatus.PENDING).isEmpty()) {
            throw new ConflictException("The case is waiting on another meeting's agenda; defer it there first.");
        }
        List<String> missing = nominate(meeting, kase);
        if (!missing.isEmpty()) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("caseId",
                    "The case cannot go on the agenda yet: " + String.join("; ", missing))));
        }
        String reason = form.reason() == null || form.reason().isBlank() ? null : form.reason().strip();
        return toRecords(List.of(items.save(newItem(meeting, kase, review, nextPosition(meetingId), reason)))).get(0);
    }

    @Override
    public List<AgendaItem> reorder(UUID meetingId, ReorderForm form) {
        requireChair("reorder the agenda");
        openMeeting(meetingId);
        List<FieldProblem> problems = validate(form);
        List<AgendaItemEntity> current = items.findByMeetingIdOrderByPosition(meetingId);
        Map<UUID, AgendaItemEntity> byId = current.stream().collect(Collectors.toMap(AgendaItemEntity::id, Function.identity()));
        List<UUID> listed = form.itemIds() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(form.itemIds()));
        List<UUID> unknown = listed.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("itemIds", "Not items of this agenda: " + unknown));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        List<AgendaItemEntity> order = new ArrayList<>(listed.stream().map(byId::get).toList());
        current.stream().filter(i -> !listed.contains(i.id())).forEach(order::add);
        for (int i = 0; i < order.size(); i++) {
            order.get(i).moveTo(i + 1);
        }
        return toRecords(order);
    }

    @Override
    public AgendaItem defer(UUID meetingId, UUID itemId, ReasonForm reason) {
        requireChair("defer a case");
        openMeeting(meetingId);
        String text = reasonText(reason);
        AgendaItemEntity item = pendingItem(meetingId, itemId);
        item.defer(text);
        return toRecords(List.of(item)).get(0);
    }

    @Override
    public AgendaItem recordQuorumException(UUID meetingId, UUID itemId, ReasonForm reason) {
        requireChair("record a quorum exception");
        openMeeting(meetingId);
        String text = reasonText(reason);
        AgendaItemEntity item = pendingItem(meetingId, itemId);
        item.exceptQuorum(text, currentUser.username());
        return toRecords(List.of(item)).get(0);
    }

    // attendance and quorum ----------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<Attendee> attendance(UUID meetingId) {
        visibleMeeting(meetingId);
        return attendance.findByMeetingIdOrderByCreatedAt(meetingId).stream().map(AttendanceEntity::toRecord).toList();
    }

    @Override
    public List<Attendee> recordAttendance(UUID meetingId, List<Attendee> attendees) {
        openMeeting(meetingId);
        List<FieldProblem> problems = new ArrayList<>();
        if (attendees == null) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("attendees", "Give the list of attendees.")));
        }
        for (int i = 0; i < attendees.size(); i++) {
            String prefix = "attendees[" + i + "].";
            if (attendees.get(i) == null) {
                problems.add(new FieldProblem("attendees[" + i + "]", "must not be null"));
                continue;
            }
            validator.validate(attendees.get(i)).forEach(v -> problems.add(new FieldProblem(prefix + v.getPropertyPath(), v.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        List<AttendanceEntity> known = attendance.findByMeetingIdOrderByCreatedAt(meetingId);
        for (Attendee attendee : attendees) {
            Optional<AttendanceEntity> same = known.stream().filter(k -> k.sameAs(attendee)).findFirst();
            if (same.isPresent()) {
                same.get().update(attendee);
            } else {
                known.add(attendance.save(new AttendanceEntity(meetingId, attendee)));
            }
        }
        // someone no longer listed has left: kept as absent, never deleted (the decisions name who was there)
        known.stream().filter(k -> attendees.stream().noneMatch(k::sameAs))
                .forEach(k -> k.update(new Attendee(k.toRecord().name(), k.toRecord().username(), k.toRecord().specialty(), false)));
        return known.stream().map(AttendanceEntity::toRecord).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public QuorumStatus quorum(UUID meetingId, UUID itemId) {
        MeetingEntity meeting = visibleMeeting(meetingId);
        AgendaItemEntity item = items.findByIdAndMeetingId(itemId, meetingId).orElseThrow(() -> new NotFoundException("No such agenda item"));
        return meetingDecisions.quorum(meeting, item, meetingDecisions.present(meetingId));
    }

    // meeting mode ------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<MeetingCase> meetingCase(UUID meetingId, UUID itemId) {
        Optional<MeetingEntity> found = meetings.findById(meetingId).filter(m -> currentUser.canSeeCenter(m.centerId()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MeetingEntity meeting = found.get();
        List<UUID> order = items.idsInOrder(meetingId);
        int index = order.indexOf(itemId);
        if (index < 0) {
            return Optional.empty();
        }
        AgendaItemEntity item = items.findByIdAndMeetingId(itemId, meetingId).orElseThrow();
        Optional<CaseSummary> visible = cases.visibleCase(item.caseId());
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        CaseSummary kase = visible.get();
        accessLog.patientRecordRead(kase.patientId(), kase.id(), kase.centerId(), "VIEW_MEETING_CASE");
        CaseDocument data = cases.caseDocument(kase.id(), meeting.meetingDate());
        StoredEvaluation recommendation = evaluations.latest(kase.id()).orElse(null);
        List<BoardDecision> prior = decisions.findByCaseIdOrderByDecidedAtDesc(kase.id()).stream()
                .map(BoardDecisionEntity::toDecision).toList();
        List<SubsequentTreatment> treated = treatments.findByCaseIdOrderByCreatedAtDesc(kase.id()).stream()
                .map(SubsequentTreatmentEntity::toRecord).toList();
        QuorumStatus quorum = meetingDecisions.quorum(meeting, item, meetingDecisions.present(meetingId));
        String boardName = boardNames(Set.of(meeting.boardId())).get(meeting.boardId());
        UUID previous = index > 0 ? order.get(index - 1) : null;
        UUID next = index + 1 < order.size() ? order.get(index + 1) : null;
        return Optional.of(new MeetingCase(meeting.toRecord(boardName), item.toRecord(kase), index, order.size(), previous, next,
                kase, data,
                recommendation, prior, treated, timeline(kase, data, recommendation, prior, treated), quorum));
    }

    @Override
    public BoardDecision decide(UUID meetingId, UUID itemId, BoardDecisionForm form) {
        openMeeting(meetingId);
        AgendaItemEntity item = pendingItem(meetingId, itemId);
        form.setMeetingId(meetingId);
        tasks.complete(item.taskId(), form);
        return decisions.findFirstByCaseIdOrderByDecidedAtDesc(item.caseId()).map(BoardDecisionEntity::toDecision)
                .orElseThrow(() -> new IllegalStateException("The decision was not stored"));
    }

    // minutes ---------------------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Minutes minutes(UUID meetingId) {
        MeetingEntity meeting = visibleMeeting(meetingId);
        List<AgendaItemEntity> agenda = items.findByMeetingIdOrderByPosition(meetingId);
        Map<UUID, BoardDecision> decided = decisions.findAllById(agenda.stream().map(AgendaItemEntity::decisionId)
                        .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(BoardDecisionEntity::id, BoardDecisionEntity::toDecision));
        Map<UUID, CaseSummary> summaries = cases.summaries(agenda.stream().map(AgendaItemEntity::caseId).toList());
        summaries.values().forEach(c -> accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), "VIEW_MINUTES"));
        List<Minutes.Entry> entries = agenda.stream().map(i -> new Minutes.Entry(i.toRecord(summaries.get(i.caseId())),
                i.decisionId() == null ? null : decided.get(i.decisionId()))).toList();
        return new Minutes(meeting.toRecord(boardNames(Set.of(meeting.boardId())).get(meeting.boardId())),
                attendance.findByMeetingIdOrderByCreatedAt(meetingId).stream().map(AttendanceEntity::toRecord).toList(),
                entries);
    }

    // nomination and referrers ----------------------------------------------------------------------------------

    @Override
    public Nomination checkNomination(UUID meetingId, UUID caseId) {
        MeetingEntity meeting = visibleMeeting(meetingId);
        CaseSummary kase = cases.visibleCase(caseId).filter(c -> c.centerId().equals(meeting.centerId()))
                .orElseThrow(() -> new NotFoundException("No such case"));
        List<String> problems = nominate(meeting, kase);
        return new Nomination(kase.id(), kase.patientPseudonym(), problems.isEmpty(), problems);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MyReferral> myReferrals(int limit) {
        List<CaseSummary> mine = cases.referredByMe(limit);
        List<UUID> ids = mine.stream().map(CaseSummary::id).toList();
        Map<UUID, NominationEntity> checks = nominations.findByCaseIdIn(ids).stream()
                .collect(Collectors.toMap(NominationEntity::caseId, Function.identity()));
        Map<UUID, LocalDate> nextMeeting = new HashMap<>();
        List<AgendaItemEntity> waiting = items.findByCaseIdInAndStatus(ids, AgendaStatus.PENDING);
        Map<UUID, MeetingEntity> meetingsById = meetings.findAllById(waiting.stream().map(AgendaItemEntity::meetingId).toList())
                .stream().collect(Collectors.toMap(MeetingEntity::id, Function.identity()));
        waiting.forEach(i -> nextMeeting.put(i.caseId(), meetingsById.get(i.meetingId()).meetingDate()));
        return mine.stream().map(c -> {
            String next = tasks.openTasksOfCase(c.id()).stream().map(TaskItem::name).distinct().collect(Collectors.joining(", "));
            NominationEntity check = checks.get(c.id());
            return new MyReferral(c.id(), c.patientPseudonym(), c.referralDate(), c.stage().name(), c.stage().code(),
                    next.isEmpty() ? null : next, c.decisionCode(), nextMeeting.get(c.id()),
                    check == null ? List.of() : check.problems());
        }).toList();
    }

    // helpers -------------------------------------------------------------------------------------------------

    private List<TaskItem> openReviews() {
        return tasks.myTasks(0, MAX_OPEN_TASKS).stream().filter(t -> BoardReviewHandler.FORM_KEY.equals(t.formKey())).toList();
    }

    private List<String> nominate(MeetingEntity meeting, CaseSummary kase) {
        return nominationCheck.checkAndRecord(kase.id(), kase.centerId(), meeting.id(), meeting.meetingDate());
    }

    private AgendaItemEntity newItem(MeetingEntity meeting, CaseSummary kase, TaskItem task, int position, String reason) {
        return new AgendaItemEntity(meeting.id(), meeting.centerId(), kase.id(), task.id(), kindOf(kase), kase.urgency(),
                task.created(), position, reason);
    }

    private ReviewKind kindOf(CaseSummary kase) {
        if (kase.stage() == CaseStage.MDT_REDISCUSSION) {
            return ReviewKind.REDISCUSSION;
        }
        return decisions.findFirstByCaseIdOrderByDecidedAtDesc(kase.id()).isPresent() ? ReviewKind.RE_PRESENTATION
                : ReviewKind.NEW_REFERRAL;
    }

    private int nextPosition(UUID meetingId) {
        return items.findByMeetingIdOrderByPosition(meetingId).stream().mapToInt(AgendaItemEntity::position).max().orElse(0) + 1;
    }

    private List<AgendaItem> toRecords(List<AgendaItemEntity> entities) {
        Map<UUID, CaseSummary> summaries = cases.summaries(entities.stream().map(AgendaItemEntity::caseId).toList());
        return entities.stream().map(e -> e.toRecord(summaries.get(e.caseId()))).toList();
    }

    private static List<TimelineEntry> timeline(CaseSummary kase, CaseDocument data, StoredEvaluation recommendation,
                                                List<BoardDecision> prior, List<SubsequentTreatment> treated) {
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(kase.referralDate(), "REFERRAL", kase.question()));
        if (data.dates() != null) {
            date(data.dates().imagingDate()).ifPresent(d -> entries.add(new TimelineEntry(d, "IMAGING", "dates.imagingDate")));
        }
        if (data.labs() != null) {
            date(data.labs().collectedDate()).ifPresent(d -> entries.add(new TimelineEntry(d, "LABS", "labs.collectedDate")));
        }
        if (recommendation != null) {
            entries.add(new TimelineEntry(recommendation.evaluationDate(), "RECOMMENDATION", recommendation.finalStatus()));
        }
        prior.forEach(d -> entries.add(new TimelineEntry(d.decidedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                "DECISION", d.decisionCode().name() + " (" + d.intent() + ")")));
        treated.stream().filter(t -> t.startDate() != null)
                .forEach(t -> entries.add(new TimelineEntry(t.startDate(), "TREATMENT", t.treatmentType().name())));
        entries.sort(Comparator.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return entries;
    }

    private static Optional<LocalDate> date(String iso) {
        try {
            return iso == null ? Optional.empty() : Optional.of(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException invalid) {
            return Optional.empty();
        }
    }

    private Map<UUID, String> boardNames(Collection<UUID> boardIds) {
        return boards.findAllById(boardIds).stream().collect(Collectors.toMap(BoardEntity::id, BoardEntity::name));
    }

    private BoardEntity visibleBoard(UUID boardId) {
        return boards.findById(boardId).filter(b -> currentUser.canSeeCenter(b.centerId()))
                .orElseThrow(() -> new NotFoundException("No such board"));
    }

    private MeetingEntity visibleMeeting(UUID meetingId) {
        return meetings.findById(meetingId).filter(m -> currentUser.canSeeCenter(m.centerId()))
                .orElseThrow(() -> new NotFoundException("No such meeting"));
    }

    private MeetingEntity openMeeting(UUID meetingId) {
        MeetingEntity meeting = visibleMeeting(meetingId);
        if (!meeting.open()) {
            throw new ConflictException("The meeting's minutes are finalized.");
        }
        return meeting;
    }

    private AgendaItemEntity pendingItem(UUID meetingId, UUID itemId) {
        AgendaItemEntity item = items.findByIdAndMeetingId(itemId, meetingId)
                .orElseThrow(() -> new NotFoundException("No such agenda item"));
        if (item.status() != AgendaStatus.PENDING) {
            throw new ConflictException("The case is already " + item.status().name().toLowerCase() + ".");
        }
        return item;
    }

    private String reasonText(ReasonForm reason) {
        List<FieldProblem> problems = reason == null ? List.of(new FieldProblem("reason", "must not be blank")) : validate(reason);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return reason.reason().strip();
    }

    private void requireChair(String what) {
        if (!currentUser.hasRole(Role.BOARD_CHAIR)) {
            throw new AccessDeniedException("Only the board chair may " + what + ".");
        }
    }

    private List<FieldProblem> validate(Object form) {
        return new ArrayList<>(validator.validate(form).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field)).toList());
    }
}
