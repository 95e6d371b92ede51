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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.board.DecisionFacts;
import org.ablationpath.followup.FollowUpFacts;
import org.ablationpath.followup.SurveillanceImagingFacts;
import org.ablationpath.imaging.ResponseFacts;
import org.ablationpath.outcomes.AblationResponse;
import org.ablationpath.outcomes.OutcomeTimeline;
import org.ablationpath.outcomes.OutcomeTimeline.DiseaseEvent;
import org.ablationpath.outcomes.OutcomeTimeline.GridVisit;
import org.ablationpath.outcomes.OutcomeTimeline.Imaging;
import org.ablationpath.outcomes.OutcomeTimeline.Session;
import org.ablationpath.outcomes.OutcomeTimeline.Vital;
import org.ablationpath.patient.LesionFacts;
import org.ablationpath.patient.PatientService;
import org.ablationpath.procedure.Modality;
import org.ablationpath.procedure.SessionFacts;
import org.ablationpath.referral.CaseAccess;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.safety.AdverseEventFacts;
import org.ablationpath.safety.MortalityReviewFacts;
import org.springframework.stereotype.Component;

/**
 * Reads the stored events of cases from the owning modules' public services and builds their timelines. Sessions,
 * imaging, lesions, board decisions, summaries, modalities and adverse events are read in bulk, with plain SQL of
 * the owning modules (a case's recompute paid more for JPA's machinery than for its queries); follow-up per case.
 * The imaging is the response studies and the lesion results read at surveillance visits, as the case document of the
 * evaluation endpoint lists both: the last imaging free of the event censors (outcomes.md section 2, example B).
 */
@Component
class TimelineReader {

    /** outcomes.md QI-12: the CTCAE term of a liver abscess. */
    static final String HEPATIC_INFECTION = "Hepatic infection";

    private final CaseDirectory cases;
    private final SessionFacts sessionFacts;
    private final ResponseFacts responses;
    private final SurveillanceImagingFacts surveillanceImaging;
    private final FollowUpFacts followUp;
    private final PatientService patients;
    private final LesionFacts lesions;
    private final DecisionFacts decisions;
    private final AdverseEventFacts adverseEvents;
    private final MortalityReviewFacts mortalityReviews;
    private final Clock clock;

    TimelineReader(CaseDirectory cases, SessionFacts sessionFacts, ResponseFacts responses,
                   SurveillanceImagingFacts surveillanceImaging, FollowUpFacts followUp, PatientService patients, LesionFacts lesions, DecisionFacts decisions, AdverseEventFacts adverseEvents,
                   MortalityReviewFacts mortalityReviews, Clock clock) {
        this.cases = cases;
        this.sessionFacts = sessionFacts;
        this.responses = responses;
        this.surveillanceImaging = surveillanceImaging;
        this.followUp = followUp;
        this.patients = patients;
        this.lesions = lesions;
        this.decisions = decisions;
        this.adverseEvents = adverseEvents;
        this.mortalityReviews = mortalityReviews;
        this.clock = clock;
    }

    List<UUID> casesWithSessions() {
        return sessionFacts.casesWithSessions();
    }

    /** The facts of the given cases; voided cases and cases without a session are left out. */
    List<CaseFacts> read(Collection<UUID> caseIds) {
        // identity and pseudonym only: a full summary read the tumours and the case rows as entities for nothing
        Map<UUID, CaseAccess> access = cases.caseAccess(caseIds);
        Map<UUID, List<SessionFacts.SessionFact>> sessions = sessionFacts.sessionsOfCases(caseIds);
        List<UUID> withSessions = caseIds.stream()
                .filter(id -> sessions.containsKey(id) && access.containsKey(id) && !access.get(id).voided()).toList();
        if (withSessions.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> pseudonyms = patients.pseudonyms(withSessions.stream().map(id -> access.get(id).patientId())
                .collect(Collectors.toSet()));
        Map<UUID, Modality> modalities = sessionFacts.firstModalities(withSessions);
        Map<UUID, Set<UUID>> infections = adverseEvents.sessionsWithTerm(withSessions, HEPATIC_INFECTION);
        Map<UUID, Set<UUID>> majors = adverseEvents.sessionsWithMajorComplication(withSessions);
        Map<UUID, Boolean> reviewedDeaths = mortalityReviews.procedureRelatedDeaths(withSessions);
        Map<UUID, List<ResponseFacts.StudyFact>> studies = responses.studiesOfCases(withSessions);
        Map<UUID, List<SurveillanceImagingFacts.VisitImagingFact>> visitImaging =
                surveillanceImaging.visitImagingOfCases(withSessions);
        Map<UUID, List<LesionFacts.LesionFact>> tumours = lesions.lesionsOfCases(withSessions);
        Map<UUID, List<DecisionFacts.DecisionFact>> boardDecisions = decisions.decisionsOfCases(withSessions);
        LocalDate today = LocalDate.now(clock);
        List<CaseFacts> result = new ArrayList<>(withSessions.size());
        for (UUID caseId : withSessions) {
            CaseAccess kase = access.get(caseId);
            result.add(read(kase, pseudonyms.get(kase.patientId()), modalities.get(caseId), sessions.get(caseId),
                    studies.getOrDefault(caseId, List.of()), visitImaging.getOrDefault(caseId, List.of()), tumours.getOrDefault(caseId, List.of()),
                    boardDecisions.getOrDefault(caseId, List.of()), infections.getOrDefault(caseId, Set.of()),
                    majors.getOrDefault(caseId, Set.of()), reviewedDeaths.get(caseId), today));
        }
        return result;
    }

    private CaseFacts read(CaseAccess kase, String pseudonym, Modality modality, List<SessionFacts.SessionFact> recorded,
                           List<ResponseFacts.StudyFact> studies,
                           List<SurveillanceImagingFacts.VisitImagingFact> visitImaging, List<LesionFacts.LesionFact> lesions,
                           List<DecisionFacts.DecisionFact> boardDecisions, Set<UUID> infectedSessions,
                           Set<UUID> majorSessions, Boolean reviewedProcedureRelated, LocalDate today) {
        UUID caseId = kase.id();
        List<Session> timelineSessions = recorded.stream().map(TimelineReader::session).toList();
        List<Imaging> imaging = new ArrayList<>(studies.size() + visitImaging.size());
        studies.forEach(study -> imaging.add(imaging(study)));
        visitImaging.forEach(visit -> imaging.add(imaging(visit)));
        List<DiseaseEvent> events = followUp.diseaseEvents(caseId).stream()
                .map(e -> new DiseaseEvent(e.type(), e.tumorId(), e.detectionDate())).toList();
        Vital vital = followUp.vitalStatus(caseId)
                .map(v -> new Vital(v.lastContactDate(), v.deathDate(), v.causeOfDeath(), reviewedProcedureRelated))
                .orElse(new Vital(null, null, null));
        List<GridVisit> visits = followUp.gridVisits(caseId).stream()
                .map(v -> new GridVisit(v.label(), v.targetDate(), v.windowStart(), v.windowEnd(), v.actualDate(), v.status()))
                .toList();
        Set<String> treated = new LinkedHashSet<>();
        timelineSessions.forEach(s -> treated.addAll(s.tumorIds()));
        Set<String> untreated = new LinkedHashSet<>();
        lesions.forEach(l -> untreated.add(l.tumorKey()));
        untreated.removeAll(treated);
        LesionFacts.LesionFact first = lesions.stream().filter(l -> treated.contains(l.tumorKey())).findFirst()
                .orElse(lesions.isEmpty() ? null : lesions.get(0));

        LocalDate t0 = timelineSessions.stream().map(Session::date).min(Comparator.naturalOrder()).orElseThrow();
        DecisionFacts.DecisionFact firstDecision = boardDecisions.isEmpty() ? null : boardDecisions.get(0);
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
        return new CaseFacts(caseId, kase.centerId(), pseudonym,
                first == null ? null : first.organ(), first == null ? null : first.histology(),
                modality == null ? null : modality.name(), firstDecision == null ? null : firstDecision.intent().name(),
                mdtBefore, firstDecision == null ? null : firstDecision.concordant(), boardDecisions.size(),
                (int) boardDecisions.stream().filter(d -> !d.concordant()).count(), timeline,
                infectedSessions.stream().map(UUID::toString).toList(), majorSessions.stream().map(UUID::toString).toList(),
                missing);
    }

    private static Session session(SessionFacts.SessionFact s) {
        // per tumour, as recorded (OUT-01): one tumour's failure does not make the session's other tumours failures
        return new Session(s.id().toString(), s.date(), s.intentType(), s.tumorIds(), new HashMap<>(s.technicalSuccess()));
    }

    /**
     * A surveillance visit's imaging read. The visit records neither modality nor contrast, so it counts as imaging
     * without contrast: it censors and shows LTP, but never stands in for the contrast response study of OUT-02. New
     * intra-organ or extra-organ disease found at the visit is already a disease event of the visit's date.
     */
    private static Imaging imaging(SurveillanceImagingFacts.VisitImagingFact visit) {
        Map<String, AblationResponse> responses = new HashMap<>();
        visit.responses().forEach((tumorId, response) -> responses.put(tumorId, AblationResponse.valueOf(response.name())));
        return new Imaging(visit.visitDate(), false, false, false, responses);
    }

    private static Imaging imaging(ResponseFacts.StudyFact study) {
        Map<String, AblationResponse> responses = new HashMap<>();
        study.responses().forEach((tumorId, response) -> {
            if (response != null) {
                responses.put(tumorId, AblationResponse.valueOf(response.name()));
            }
        });
        return new Imaging(study.studyDate(), study.contrast(), study.newIntraOrganTumour(), study.extraOrganDisease(),
                responses);
    }
}
