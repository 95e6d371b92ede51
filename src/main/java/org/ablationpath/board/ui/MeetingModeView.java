package org.ablationpath.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ablationpath.board.AgendaItem;
import org.ablationpath.board.AgendaStatus;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.BoardMeetings;
import org.ablationpath.board.MeetingCase;
import org.ablationpath.board.QuorumStatus;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.LabData;
import org.ablationpath.eligibility.Measured;
import org.ablationpath.eligibility.PatientData;
import org.ablationpath.eligibility.RecommendationPanel;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.ui.ReadOnlyMarkup;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Meeting mode, for the room's projector: one case per screen (patient, tumours with size, location and distances,
 * scores, labs with dates, the recommendation with its fired rules and sources, prior decisions and treatments, the
 * timeline, the quorum) and the decision form. The case in the direction the board is going is loaded in the background
 * while the current one is discussed, so next and previous (buttons, arrow keys, N and P outside text fields) answer
 * at once.
 */
@Route("meetings/:meetingId/present/:itemId")
@PageTitle("Meeting mode · AblationPath")
@RolesAllowed(Roles.TUMOR_BOARD)
public class MeetingModeView extends VerticalLayout implements BeforeEnterObserver {

    /** Clicks the next/previous buttons on arrow keys, N and P, unless the user is typing in a field. */
    private static final String KEYS = """
            if (!window.__ablationMeetingKeys) {
              window.__ablationMeetingKeys = true;
              document.addEventListener('keydown', e => {
                const t = e.composedPath()[0];
                if (e.altKey || e.ctrlKey || e.metaKey || (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable))) return;
                const id = (e.key === 'ArrowRight' || e.key === 'n' || e.key === 'N') ? 'meeting-next'
                         : (e.key === 'ArrowLeft' || e.key === 'p' || e.key === 'P') ? 'meeting-previous' : null;
                const button = id && document.getElementById(id);
                if (button && !button.disabled) { e.preventDefault(); button.click(); }
              });
            }""";

    private final BoardMeetings boards;
    private final CurrentUser currentUser;
    private final Map<UUID, CompletableFuture<Optional<MeetingCase>>> prefetched = new ConcurrentHashMap<>();
    private ExecutorService prefetcher;
    private UUID meetingId;
    MeetingCase shown;
    MeetingDecisionForm form;

    MeetingModeView(BoardMeetings boards, CurrentUser currentUser) {
        this.boards = boards;
        this.currentUser = currentUser;
        setId("meeting-mode");
        addClassName("meeting-mode");
        setPadding(true);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().executeJs(KEYS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (prefetcher != null) {
            prefetcher.shutdownNow();
            prefetcher = null;
        }
        prefetched.clear();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> meeting = event.getRouteParameters().get("meetingId").flatMap(BoardUi::uuid);
        Optional<UUID> item = event.getRouteParameters().get("itemId").flatMap(BoardUi::uuid);
        if (meeting.isEmpty() || item.isEmpty()) {
            removeAll();
            add(new H2(getTranslation("error.notFound")));
            return;
        }
        show(meeting.get(), item.get());
    }

    /** Shows the agenda item's case, from the prefetched ones when ready. */
    void show(UUID meetingId, UUID itemId) {
        if (!meetingId.equals(this.meetingId)) {
            prefetched.clear();
            this.meetingId = meetingId;
        }
        boolean backwards = shown != null && itemId.equals(shown.previousItemId());
        CompletableFuture<Optional<MeetingCase>> ready = prefetched.remove(itemId);
        Optional<MeetingCase> loaded = ready != null && ready.isDone() && !ready.isCompletedExceptionally() ? ready.join()
                : boards.meetingCase(meetingId, itemId);
        removeAll();
        if (loaded.isEmpty()) {
            add(new H2(getTranslation("error.notFound")));
            return;
        }
        shown = loaded.get();
        render(shown);
        prefetchAhead(backwards ? shown.previousItemId() : shown.nextItemId());
    }

    /**
     * Loads the case the board will most likely open next: the next one, or the previous one while it walks the
     * agenda backwards. Loading both neighbours at every case cost a board of many members more server time than
     * the cases it opened (load benchmark); a case loaded ahead and not opened is dropped.
     */
    private void prefetchAhead(UUID neighbour) {
        prefetched.keySet().removeIf(key -> !key.equals(neighbour));
        if (neighbour == null) {
            return;
        }
        if (prefetcher == null) {
            prefetcher = new DelegatingSecurityContextExecutorService(Executors.newSingleThreadExecutor(MeetingModeView::daemon),
                    SecurityContextHolder.getContext());
        }
        UUID meeting = meetingId;
        prefetched.computeIfAbsent(neighbour, key -> CompletableFuture.supplyAsync(() -> boards.meetingCase(meeting, key), prefetcher));
    }

    /** The agenda items loaded ahead of the board (tests). */
    Set<UUID> loadedAhead() {
        return Set.copyOf(prefetched.keySet());
    }

    private void render(MeetingCase c) {
        AgendaItem item = c.item();
        H2 title = new H2(getTranslation("meeting.mode.title", c.index() + 1, c.count(), item.patientPseudonym()));
        title.setId("meeting-case-title");
        Span kind = badge(getTranslation("meeting.kind." + item.reviewKind()), "contrast");
        Span status = badge(getTranslation("meeting.itemStatus." + item.status()), item.status() == AgendaStatus.PENDING ? "" : "success");
        status.setId("meeting-item-status");
        Button previous = new Button(getTranslation("meeting.mode.previous"), e -> go(c.previousItemId()));
        previous.setId("meeting-previous");
        previous.setEnabled(c.previousItemId() != null);
        Button next = new Button(getTranslation("meeting.mode.next"), e -> go(c.nextItemId()));
        next.setId("meeting-next");
        next.setEnabled(c.nextItemId() != null);
        Button agendaButton = new Button(getTranslation("meeting.mode.agenda"),
                e -> UI.getCurrent().navigate(MeetingAgendaView.class, new RouteParameters("meetingId", meetingId.toString())));
        agendaButton.setId("meeting-agenda");
        HorizontalLayout header = new HorizontalLayout(previous, title, kind, status, next, agendaButton);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        Paragraph keys = new Paragraph(getTranslation("meeting.mode.keys"));
        keys.addClassName("rule-meta");
        add(header, keys);

        VerticalLayout facts = new VerticalLayout();
        facts.setPadding(false);
        facts.setId("meeting-case-facts");
        facts.add(patient(c), tumours(c.data()), scores(c), labs(c.data()), new RecommendationPanel(Optional.ofNullable(c.recommendation())),
                prior(c), timeline(c));
        VerticalLayout side = new VerticalLayout();
        side.setPadding(false);
        side.setWidth("30rem");
        side.add(quorum(c.quorum()));
        if (item.status() == AgendaStatus.PENDING) {
            form = new MeetingDecisionForm(c, boards, currentUser, () -> show(meetingId, item.id()));
            side.add(form);
        } else {
            form = null;
            c.priorDecisions().stream().filter(d -> d.id().equals(item.decisionId())).findFirst()
                    .ifPresent(d -> side.add(new Paragraph(getTranslation("meeting.mode.decided",
                            getTranslation("decision." + d.decisionCode()), d.decidedBy()))));
            if (item.deferReason() != null) {
                side.add(new Paragraph(getTranslation("meeting.mode.deferred", item.deferReason())));
            }
        }
        HorizontalLayout body = new HorizontalLayout(facts, side);
        body.setWidthFull();
        body.expand(facts);
        add(body);
    }

    private void go(UUID target) {
        if (target != null) {
            UI.getCurrent().navigate(MeetingModeView.class,
                    new RouteParameters(Map.of("meetingId", meetingId.toString(), "itemId", target.toString())));
        }
    }

    private Div patient(MeetingCase c) {
        Div box = section("meeting-patient", getTranslation("meeting.mode.patient"));
        PatientData p = c.data().patient();
        StringBuilder text = new StringBuilder();
        if (p != null) {
            text.append(p.sex()).append(", ").append(p.birthDate());
            append(text, "ECOG", p.ecog());
            append(text, "KPS", p.kps());
            append(text, getTranslation("meeting.mode.cirrhosis"), p.cirrhosis());
            append(text, getTranslation("meeting.mode.ascites"), p.ascites());
            append(text, getTranslation("meeting.mode.anticoagulation"), p.anticoagulation());
            append(text, getTranslation("meeting.mode.fitForSurgery"), p.fitForSurgery());
        }
        box.add(new Paragraph(c.kase().question()), new Paragraph(text.toString()));
        return box;
    }

    private Div tumours(CaseDocument data) {
        Div box = section("meeting-tumours", getTranslation("meeting.mode.tumours"));
        ReadOnlyMarkup list = new ReadOnlyMarkup();
        for (TumorData t : data.tumors() == null ? List.<TumorData>of() : data.tumors()) {
            StringBuilder text = new StringBuilder(t.tumorId() + " · " + t.organ() + " " + t.histology());
            append(text, getTranslation("meeting.mode.size"), measured(t.maxDiameterMm(), "mm"));
            append(text, getTranslation("meeting.mode.segment"), t.segment());
            append(text, "LI-RADS", t.liradsCategory());
            append(text, getTranslation("meeting.mode.subcapsular"), t.subcapsular());
            append(text, getTranslation("meeting.mode.dist.gallbladder"), mm(t.distanceToGallbladderMm()));
            append(text, getTranslation("meeting.mode.dist.bowel"), mm(t.distanceToBowelMm()));
            append(text, getTranslation("meeting.mode.dist.diaphragm"), mm(t.distanceToDiaphragmMm()));
            append(text, getTranslation("meeting.mode.dist.bileDuct"), mm(t.distanceToCentralBileDuctMm()));
            append(text, getTranslation("meeting.mode.dist.vessel"), mm(t.distanceToNearestVesselMm()));
            append(text, getTranslation("meeting.mode.central"), t.centralLocation());
            append(text, getTranslation("meeting.mode.weightBearing"), t.weightBearing());
            list.element("li", null, null, text.toString());
        }
        box.add(list.into(new UnorderedList()));
        return box;
    }

    private Div scores(MeetingCase c) {
        Div box = section("meeting-scores", getTranslation("meeting.mode.scores"));
        if (c.recommendation() == null) {
            box.add(new Paragraph(getTranslation("recommendation.none")));
            return box;
        }
        var computed = c.recommendation().result().path("computed");
        StringBuilder text = new StringBuilder();
        append(text, "Child-Pugh", computed.path("childPugh").path("class").asText(null) == null ? null
                : computed.path("childPugh").path("class").asText() + " (" + computed.path("childPugh").path("points").asText() + ")");
        append(text, "ALBI", computed.path("albi").path("grade").asText(null));
        append(text, "Milan", computed.path("milan").asText(null));
        append(text, "BCLC", computed.path("bclc").asText(null));
        append(text, "CNLC", computed.path("cnlc").asText(null));
        append(text, getTranslation("meeting.mode.age"), computed.path("ageYears").asText(null));
        box.add(new Paragraph(text.length() == 0 ? "—" : text.toString()));
        return box;
    }

    private Div labs(CaseDocument data) {
        Div box = section("meeting-labs", getTranslation("meeting.mode.labs"));
        LabData l = data.labs();
        String imaging = data.dates() == null ? null : data.dates().imagingDate();
        StringBuilder text = new StringBuilder();
        if (l != null) {
            append(text, getTranslation("meeting.mode.labDate"), l.collectedDate());
            append(text, getTranslation("meeting.mode.platelets"), measured(l.plateletsE9L(), "×10⁹/L"));
            append(text, "INR", l.inr());
            append(text, getTranslation("meeting.mode.bilirubin"), measured(l.bilirubinUmolL(), "µmol/L"));
            append(text, getTranslation("meeting.mode.albumin"), measured(l.albuminGL(), "g/L"));
            append(text, getTranslation("meeting.mode.creatinine"), measured(l.creatinineUmolL(), "µmol/L"));
        }
        append(text, getTranslation("meeting.mode.imagingDate"), imaging);
        box.add(new Paragraph(text.length() == 0 ? "—" : text.toString()));
        return box;
    }

    private Div prior(MeetingCase c) {
        Div box = section("meeting-prior", getTranslation("meeting.mode.prior"));
        ReadOnlyMarkup list = new ReadOnlyMarkup();
        for (BoardDecision d : c.priorDecisions()) {
            list.element("li", null, null, BoardUi.date(d.decidedAt()) + " · " + getTranslation("decision." + d.decisionCode())
                    + " · " + getTranslation("intent." + d.intent()) + " · " + d.rationale());
        }
        c.treatments().forEach(t -> list.element("li", null, null, getTranslation("meeting.mode.treatment",
                getTranslation("decision." + t.treatmentType()), t.startDate() == null ? "—" : t.startDate().toString())));
        if (c.priorDecisions().isEmpty() && c.treatments().isEmpty()) {
            list.element("li", null, null, getTranslation("meeting.mode.none"));
        }
        box.add(list.into(new UnorderedList()));
        return box;
    }

    private Div timeline(MeetingCase c) {
        Div box = section("meeting-timeline", getTranslation("meeting.mode.timeline"));
        ReadOnlyMarkup list = new ReadOnlyMarkup();
        c.timeline().forEach(e -> list.element("li", null, null, e.date() + " · " + getTranslation("meeting.timeline." + e.kind())
                + (e.text() == null ? "" : " · " + e.text())));
        box.add(list.into(new UnorderedList()));
        return box;
    }

    private Div quorum(QuorumStatus q) {
        Div box = section("meeting-quorum", getTranslation("meeting.quorum.title"));
        Span state = badge(getTranslation(q.quorate() ? "meeting.quorum.met" : q.exceptionReason() != null
                ? "meeting.quorum.exception" : "meeting.quorum.missing", String.join(", ", q.missing())),
                q.quorate() ? "success" : "error");
        state.setId("meeting-quorum-state");
        box.add(state, new Paragraph(getTranslation("meeting.quorum.required", q.required().isEmpty() ? "—"
                : String.join(", ", q.required()))));
        if (!q.organsWithoutDefault().isEmpty()) {
            box.add(new Paragraph(getTranslation("meeting.quorum.noDefault", String.join(", ", q.organsWithoutDefault()))));
        }
        if (q.exceptionReason() != null) {
            box.add(new Paragraph(getTranslation("meeting.quorum.exceptionReason", q.exceptionReason())));
        }
        return box;
    }

    private static Div section(String id, String heading) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("meeting-section");
        box.add(new H3(heading));
        return box;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    private static void append(StringBuilder text, String label, Object value) {
        if (value != null) {
            if (text.length() > 0) {
                text.append(" · ");
            }
            text.append(label).append(": ").append(value);
        }
    }

    private static String mm(Integer value) {
        return value == null ? null : value + " mm";
    }

    private static String measured(Measured m, String unit) {
        return m == null || m.value() == null ? null : m.value().toPlainString() + " " + (m.unit() == null ? unit : m.unit());
    }

    /** Prefetching must never keep the server from stopping. */
    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "meeting-prefetch");
        thread.setDaemon(true);
        return thread;
    }
}
