package org.ablationpath.outcomes.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import java.util.stream.Collectors;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.BoardDecisions;
import org.ablationpath.followup.FollowUpFacts;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.ResponseAssessments;
import org.ablationpath.outcomes.AblationResponse;
import org.ablationpath.outcomes.OutcomeTimeline;
import org.ablationpath.outcomes.OutcomeTimeline.DiseaseEvent;
import org.ablationpath.outcomes.OutcomeTimeline.GridVisit;
import org.ablationpath.outcomes.OutcomeTimeline.Imaging;
import org.ablationpath.outcomes.OutcomeTimeline.Session;
import org.ablationpath.outcomes.OutcomeTimeline.Vital;
import org.ablationpath.patient.LesionRecord;
import org.ablationpath.patient.PatientService;
import org.ablationpath.procedure.Modality;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.procedure.SessionFacts;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseAccess;
import org.ablationpath.safety.AdverseEventFacts;
import org.springframework.stereotype.Component;

/**
 * Reads the stored events of cases from the owning modules' public services and builds their timelines. Sessions,
 * imaging, follow-up and board decisions are read per case; summaries, modalities and adverse events in bulk.
 */
@Component
class TimelineReader {

    /** outcomes.md QI-12: the CTCAE term of a liver abscess. */
    static final String HEPATIC_INFECTION = "Hepatic infection";

    private final CaseDirectory cases;
    private final ProcedureSessions sessions;
    private final SessionFacts sessionFacts;
    private final ResponseAssessments assessments;
    private final FollowUpFacts followUp;
    private final PatientService patients;
    private final BoardDecisions decisions;
    private final AdverseEventFacts adverseEvents;
    private final Clock clock;

    TimelineReader(CaseDirectory cases, ProcedureSessions sessions, SessionFacts sessionFacts,
                   ResponseAssessments assessments, FollowUpFacts followUp, PatientService patients,
                   BoardDecisions decisions, AdverseEventFacts adverseEvents, Clock clock) {
        this.cases = cases;
        this.sessions = sessions;
        this.sessionFacts = sessionFacts;
        this.assessments = assessments;
        this.followUp = followUp;
        this.patients = patients;
        this.decisions = decisions;
        this.adverseEvents = adverseEvents;
        this.clock = clock;
    }

    List<UUID> casesWithSessions() {
        return sessionFacts.casesWithSessions();
    }

    /** The facts of the given cases; voided cases and cases without a session are left out. */
    List<CaseFacts> read(Collection<UUID> caseIds) {
        // identity and pseudonym only: a full summary read the tumours and the case rows as entities for nothing
        Map<UUID, CaseAccess> access = cases.caseAccess(caseIds);
        Map<UUID, String> pseudonyms = patients.pseudonyms(access.values().stream().map(CaseAccess::patientId)
                .collect(Collectors.toSet()));
        Map<UUID, Modality> modalities = sessionFacts.firstModalities(caseIds);
        Map<UUID, Set<UUID>> infections = adverseEvents.sessionsWithTerm(caseIds, HEPATIC_INFECTION);
        Map<UUID, Set<UUID>> majors = adverseEvents.sessionsWithMajorComplication(caseIds);
        LocalDate today = LocalDate.now(clock);
        List<CaseFacts> result = new ArrayList<>(caseIds.size());
        for (UUID caseId : caseIds) {
            CaseAccess kase = access.get(caseId);
            if (kase == null || kase.voided()) {
                continue;
            }
            read(kase, pseudonyms.get(kase.patientId()), modalities.get(caseId), infections.getOrDefault(caseId, Set.of()),
                    majors.getOrDefault(caseId, Set.of()), today).ifPresent(result::add);
        }
        return result;
    }

    private Optional<CaseFacts> read(CaseAccess kase, String pseudonym, Modality modality, Set<UUID> infectedSessions,
                                     Set<UUID> majorSessions, LocalDate today) {
        UUID caseId = kase.id();
        List<ProcedureSession> recorded = sessions.sessions(caseId);
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        List<Session> timelineSessions = recorded.stream().map(TimelineReader::session).toList();
        List<Imaging> imaging = assessments.ofCase(caseId).stream().map(TimelineReader::imaging).toList();
        List<DiseaseEvent> events = followUp.diseaseEvents(caseId).stream()
                .map(e -> new DiseaseEvent(e.type(), e.tumorId(), e.detectionDate())).toList();
        Vital vital = followUp.vitalStatus(caseId)
                .map(v -> new Vital(v.lastContactDate(), v.deathDate(), v.causeOfDeath()))
                .orElse(new Vital(null, null, null));
        List<GridVisit> visits = followUp.gridVisits(caseId).stream()
                .map(v -> new GridVisit(v.label(), v.targetDate(), v.windowStart(), v.windowEnd(), v.actualDate(), v.status()))
                .toList();
        List<LesionRecord> lesions = patients.lesionsOfCase(caseId);
        Set<String> treated = new LinkedHashSet<>();
        timelineSessions.forEach(s -> treated.addAll(s.tumorIds()));
        Set<String> untreated = new LinkedHashSet<>();
        lesions.forEach(l -> untreated.add(l.tumorKey()));
        untreated.removeAll(treated);
        LesionRecord first = lesions.stream().filter(l -> treated.contains(l.tumorKey())).findFirst()
                .orElse(lesions.isEmpty() ? null : lesions.get(0));

        LocalDate t0 = timelineSessions.stream().map(Session::date).min(Comparator.naturalOrder()).orElseThrow();
        List<BoardDecision> boardDecisions = decisions.ofCase(caseId).stream()
                .sorted(Comparator.comparing(BoardDecision::decidedAt)).toList();
        BoardDecision firstDecision = boardDecisions.isEmpty() ? null : boardDecisions.get(0);
        boolean mdtBefore = boardDecisions.stream()
                .anyMatch(d -> !d.decidedAt().atZone(ZoneId.systemDefault()).toLocalDate().isAfter(t0));

        List<String> missing = new ArrayList<>();
        if (lesions.isEmpty()) {
            missing.add("tumors");
        }
        if (modality == null) {
            missing.add("procedure.modality");
        }
        if (boardDecisions.isEmpty()) {
            missing.add("mdtDecision");
        }
        if (vital.lastContactDate() == null && t0.plusYears(1).isBefore(today)) {
            missing.add("vitalStatus.lastContactDate");
        }
        OutcomeTimeline timeline = new OutcomeTimeline(today, timelineSessions, imaging, events, vital, visits, untreated);
        return Optional.of(new CaseFacts(caseId, kase.centerId(), pseudonym,
                first == null ? null : first.organ(), first == null ? null : first.histology(),
                modality == null ? null : modality.name(), firstDecision == null ? null : firstDecision.intent().name(),
                mdtBefore, firstDecision == null ? null : firstDecision.concordant(), timeline,
                infectedSessions.stream().map(UUID::toString).toList(), majorSessions.stream().map(UUID::toString).toList(),
                missing));
    }

    private static Session session(ProcedureSession s) {
        Map<String, Boolean> success = new HashMap<>();
        s.tumorIds().forEach(t -> success.put(t, s.technicalSuccess()));
        return new Session(s.id().toString(), s.date(), s.intentType(), s.tumorIds(), success);
    }

    private static Imaging imaging(ResponseAssessmentSummary study) {
        Map<String, AblationResponse> responses = new HashMap<>();
        for (ResponseAssessmentSummary.TumorResult tumor : study.tumors()) {
            if (tumor.response() != null) {
                responses.put(tumor.tumorId(), AblationResponse.valueOf(tumor.response().name()));
            }
        }
        return new Imaging(study.studyDate(), study.contrast(), study.newIntraOrganTumour(), study.extraOrganDisease(),
                responses);
    }
}
