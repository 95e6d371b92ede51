package org.ablationpath.outcomes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.DiseaseEventType;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.outcomes.OutcomeTimeline.DiseaseEvent;
import org.ablationpath.outcomes.OutcomeTimeline.GridVisit;
import org.ablationpath.outcomes.OutcomeTimeline.Imaging;
import org.ablationpath.outcomes.OutcomeTimeline.Session;
import org.ablationpath.outcomes.TechniqueEfficacy.Result;
import org.ablationpath.procedure.IntentType;

/**
 * The OUT algorithms of outcomes.md section 2 over one {@link OutcomeTimeline}: pure, stateless and thread-safe, so the
 * evaluation endpoint, the stored registry and the benchmark share it. t0 is the first session (per patient) or the
 * first session treating the tumour (per tumour) and is never reset by re-ablation.
 */
public final class OutcomeCalculator {

    static final String LTP = "LTP";
    static final String DEATH = "DEATH";
    static final String DEATH_COMPETING = "DEATH_COMPETING";
    static final String LAST_IMAGING = "LAST_IMAGING";
    static final String LAST_CONTACT = "LAST_CONTACT";
    static final String NEVER_DISEASE_FREE = "NEVER_DISEASE_FREE";

    private final OutcomeSettings settings;

    public OutcomeCalculator(OutcomeSettings settings) {
        this.settings = settings == null ? OutcomeSettings.DEFAULTS : settings;
    }

    /** All outcomes of the timeline; empty when no session was recorded (nothing to measure from). */
    public Optional<PatientOutcomes> compute(OutcomeTimeline timeline) {
        Facts facts = Facts.of(timeline);
        if (facts.sessions.isEmpty()) {
            return Optional.empty();
        }
        LocalDate t0 = facts.sessions.get(0).date();
        LocalDate death = facts.death;

        Map<String, LocalDate> tumourStarts = new LinkedHashMap<>();
        for (Session session : facts.sessions) {
            for (String tumorId : session.tumorIds()) {
                tumourStarts.putIfAbsent(tumorId, session.date());
            }
        }
        List<TumourOutcomes> tumours = new ArrayList<>(tumourStarts.size());
        for (Map.Entry<String, LocalDate> tumour : tumourStarts.entrySet()) {
            tumours.add(tumour(tumour.getKey(), tumour.getValue(), facts));
        }

        LocalDate ltp = firstLtp(tumours, facts, t0);
        LocalDate lastImaging = lastImaging(facts, t0);
        LocalDate recurrence = ltp;
        String recurrenceType = ltp == null ? null : LTP;
        for (DiseaseEvent event : facts.events) {
            String type = switch (event.type()) {
                case INTRA_ORGAN_DISTANT, EXTRA_ORGAN -> event.type().name();
                default -> null;
            };
            if (type != null && event.detectionDate().isAfter(t0) && before(event.detectionDate(), recurrence)) {
                recurrence = event.detectionDate();
                recurrenceType = type;
            }
        }
        for (Imaging study : facts.imaging) {
            if (!study.date().isAfter(t0)) {
                continue;
            }
            if (study.newIntraOrganTumour() && before(study.date(), recurrence)) {
                recurrence = study.date();
                recurrenceType = DiseaseEventType.INTRA_ORGAN_DISTANT.name();
            }
            if (study.extraOrganDisease() && before(study.date(), recurrence)) {
                recurrence = study.date();
                recurrenceType = DiseaseEventType.EXTRA_ORGAN.name();
            }
        }

        TimeToEvent ltpFree = ltp != null ? TimeToEvent.event(t0, ltp, LTP)
                : death != null ? TimeToEvent.event(t0, death, DEATH) : TimeToEvent.censored(t0, lastImaging, LAST_IMAGING);
        TimeToEvent timeToLtp = competing(t0, ltp, LTP, death, lastImaging);
        TimeToEvent timeToRecurrence = competing(t0, recurrence, recurrenceType, death, lastImaging);
        boolean neverDiseaseFree = !facts.untreated.isEmpty()
                || tumours.stream().anyMatch(TumourOutcomes::residualNotEradicated);
        TimeToEvent dfs = recurrence != null ? TimeToEvent.event(t0, recurrence, recurrenceType)
                : death != null ? TimeToEvent.event(t0, death, DEATH) : TimeToEvent.censored(t0, lastImaging, LAST_IMAGING);
        if (neverDiseaseFree) {
            dfs = settings.neverDiseaseFree() == OutcomeSettings.NeverDiseaseFree.EVENT_AT_T0
                    ? TimeToEvent.event(t0, t0, NEVER_DISEASE_FREE) : dfs.excludedFromAnalysis();
        }
        TimeToEvent os = death != null ? TimeToEvent.event(t0, death, DEATH)
                : TimeToEvent.censored(t0, lastContact(facts, t0), LAST_CONTACT);

        List<PatientOutcomes.SessionMortality> mortality = facts.sessions.stream()
                .map(s -> new PatientOutcomes.SessionMortality(s.id(), s.date(), withinDays(s.date(), death)))
                .toList();
        boolean thirtyDay = mortality.stream().anyMatch(PatientOutcomes.SessionMortality::thirtyDayMortality);
        // OUT-12: the M&M review's finding when the death was reviewed (TMR-11), else the recorded cause of death
        Boolean procedureRelated = death == null ? null : facts.reviewedProcedureRelated != null
                ? facts.reviewedProcedureRelated : facts.causeOfDeath == CauseOfDeath.TREATMENT_RELATED;

        return Optional.of(new PatientOutcomes(t0, technicalSuccess(tumours), leastFavourable(tumours),
                !tumours.isEmpty() && tumours.stream().allMatch(TumourOutcomes::primaryTechniqueEfficacy),
                tumours.stream().anyMatch(TumourOutcomes::assistedTechniqueEfficacy)
                        && tumours.stream().allMatch(t -> t.primaryTechniqueEfficacy() || t.assistedTechniqueEfficacy()),
                tumours.stream().anyMatch(TumourOutcomes::secondaryTechniqueEfficacy),
                tumours.stream().mapToInt(TumourOutcomes::additionalSessionsForResidual).sum(),
                progression(t0, ltp), ltpFree, timeToLtp, timeToRecurrence, dfs, neverDiseaseFree, os, thirtyDay,
                procedureRelated, mortality, compliance(facts), List.copyOf(tumours)));
    }

    private TumourOutcomes tumour(String tumorId, LocalDate t0, Facts facts) {
        List<Session> own = facts.sessions.stream().filter(s -> s.treats(tumorId)).toList();
        Boolean technicalSuccess = own.get(0).technicalSuccess().get(tumorId);
        TechniqueEfficacy efficacy = techniqueEfficacy(tumorId, t0, facts);
        List<Session> forResidual = own.stream().filter(s -> s.intent() == IntentType.RETREATMENT_RESIDUAL).toList();
        boolean primary = efficacy.result() == Result.COMPLETE && forResidual.isEmpty();
        boolean assisted = efficacy.result() == Result.INCOMPLETE && !forResidual.isEmpty()
                && firstResponseAfter(tumorId, forResidual.get(forResidual.size() - 1).date(), facts) == AblationResponse.COMPLETE;
        LocalDate ltp = ltpOf(tumorId, t0, facts);
        boolean secondary = ltp != null && own.stream()
                .filter(s -> s.intent() == IntentType.RETREATMENT_LTP && !s.date().isBefore(ltp))
                .anyMatch(s -> firstResponseAfter(tumorId, s.date(), facts) == AblationResponse.COMPLETE);
        TimeToEvent timeToLtp = competing(t0, ltp, LTP, facts.death, lastImaging(facts, t0));
        return new TumourOutcomes(tumorId, t0, technicalSuccess, efficacy, primary, assisted, forResidual.size(),
                progression(t0, ltp), secondary, timeToLtp, efficacy.result() == Result.INCOMPLETE && !assisted);
    }

    /** OUT-02. */
    private TechniqueEfficacy techniqueEfficacy(String tumorId, LocalDate t0, Facts facts) {
        Imaging firstAfter = null;
        for (Imaging study : facts.imaging) {
            if (!study.contrast() || !study.date().isAfter(t0) || study.responseOf(tumorId) == null) {
                continue;
            }
            long day = ChronoUnit.DAYS.between(t0, study.date());
            if (firstAfter == null) {
                firstAfter = study;
            }
            if (day < settings.responseWindowFirstDay() || day > settings.responseWindowLastDay()) {
                continue;
            }
            AblationResponse response = study.responseOf(tumorId);
            Result result = definite(response);
            String reason = null;
            if (result == null) {
                result = resolvedByDay(tumorId, t0, study.date(), facts);
                if (result == null) {
                    result = Result.NOT_EVALUABLE;
                    reason = facts.asOf != null && facts.asOf.isBefore(t0.plusDays(settings.equivocalResolvedByDay()))
                            ? "PENDING" : "UNRESOLVED_BY_DAY_" + settings.equivocalResolvedByDay();
                }
            }
            return new TechniqueEfficacy(study.date(), day, true, result, reason);
        }
        LocalDate windowStart = t0.plusDays(settings.responseWindowFirstDay());
        LocalDate windowEnd = t0.plusDays(settings.responseWindowLastDay());
        LocalDate imagingDate = firstAfter == null ? null : firstAfter.date();
        Long day = firstAfter == null ? null : ChronoUnit.DAYS.between(t0, firstAfter.date());
        Boolean inWindow = firstAfter == null ? null : false;
        if (facts.death != null && facts.death.isBefore(windowStart)) {
            return new TechniqueEfficacy(imagingDate, day, inWindow, Result.NOT_EVALUABLE, DEATH);
        }
        if (facts.asOf != null && !facts.asOf.isAfter(windowEnd) && facts.death == null) {
            return new TechniqueEfficacy(imagingDate, day, inWindow, Result.NOT_EVALUABLE, "PENDING");
        }
        return new TechniqueEfficacy(imagingDate, day, inWindow, Result.NOT_EVALUABLE, "NO_IMAGING_IN_WINDOW");
    }

    private static Result definite(AblationResponse response) {
        return switch (response) {
            case COMPLETE -> Result.COMPLETE;
            // viable tumour on the first response imaging is residual, never LTP (outcomes.md section 1)
            case RESIDUAL_VIABLE, LTP -> Result.INCOMPLETE;
            case EQUIVOCAL, NOT_EVALUABLE -> null;
        };
    }

    /** An equivocal or non-evaluable window study resolved by a later contrast study up to the configured day. */
    private Result resolvedByDay(String tumorId, LocalDate t0, LocalDate after, Facts facts) {
        LocalDate limit = t0.plusDays(settings.equivocalResolvedByDay());
        for (Imaging study : facts.imaging) {
            if (study.contrast() && study.date().isAfter(after) && !study.date().isAfter(limit)
                    && study.responseOf(tumorId) != null) {
                Result result = definite(study.responseOf(tumorId));
                if (result != null) {
                    return result;
                }
            }
        }
        return null;
    }

    /**
     * OUT-05: the first LTP finding after an earlier response imaging showed the tumour COMPLETE, or a recorded LTP
     * event of the tumour. A COMPLETE on immediate post-procedure imaging documents no complete ablation: viable
     * tumour on the first response study after it is residual, not LTP (outcomes.md section 1). Viable tumour after a
     * documented complete ablation is LTP (LI-RADS VIABLE maps to LTP after the first response imaging, section 1.1).
     */
    private static LocalDate ltpOf(String tumorId, LocalDate t0, Facts facts) {
        LocalDate ltp = null;
        boolean complete = false;
        for (Imaging study : facts.imaging) {
            AblationResponse response = study.responseOf(tumorId);
            if (response == null || !study.date().isAfter(t0)) {
                continue;
            }
            if (response == AblationResponse.COMPLETE) {
                complete |= study.responseImaging();
            } else if (complete && (response == AblationResponse.LTP || response == AblationResponse.RESIDUAL_VIABLE)) {
                ltp = study.date();
                break;
            }
        }
        for (DiseaseEvent event : facts.events) {
            if (event.type() == DiseaseEventType.LTP && tumorId.equals(event.tumorId())
                    && event.detectionDate().isAfter(t0) && before(event.detectionDate(), ltp)) {
                ltp = event.detectionDate();
            }
        }
        return ltp;
    }

    /** Per patient: the first LTP of any treated tumour, or a patient-level LTP event. */
    private static LocalDate firstLtp(List<TumourOutcomes> tumours, Facts facts, LocalDate t0) {
        LocalDate first = null;
        for (TumourOutcomes tumour : tumours) {
            if (tumour.localTumourProgression().occurred() && before(tumour.localTumourProgression().date(), first)) {
                first = tumour.localTumourProgression().date();
            }
        }
        for (DiseaseEvent event : facts.events) {
            if (event.type() == DiseaseEventType.LTP && event.tumorId() == null && event.detectionDate().isAfter(t0)
                    && before(event.detectionDate(), first)) {
                first = event.detectionDate();
            }
        }
        return first;
    }

    /** OUT-04, OUT-06: the first response imaging after a re-ablation; its immediate post-procedure study is none. */
    private static AblationResponse firstResponseAfter(String tumorId, LocalDate date, Facts facts) {
        for (Imaging study : facts.imaging) {
            if (study.responseImaging() && study.date().isAfter(date) && study.responseOf(tumorId) != null) {
                return study.responseOf(tumorId);
            }
        }
        return null;
    }

    /** TTLTP and TTR: death is a competing event and censors (outcomes.md section 2). */
    private static TimeToEvent competing(LocalDate t0, LocalDate event, String type, LocalDate death, LocalDate lastImaging) {
        if (event != null) {
            return TimeToEvent.event(t0, event, type);
        }
        return death != null ? TimeToEvent.censored(t0, death, DEATH_COMPETING)
                : TimeToEvent.censored(t0, lastImaging, LAST_IMAGING);
    }

    private static LocalDate lastImaging(Facts facts, LocalDate t0) {
        LocalDate last = t0;
        for (Imaging study : facts.imaging) {
            if (study.date().isAfter(last)) {
                last = study.date();
            }
        }
        return last;
    }

    /** OUT-11 censoring: the last documented contact, never earlier than a documented session, study or visit. */
    private static LocalDate lastContact(Facts facts, LocalDate t0) {
        LocalDate last = facts.lastContact == null ? t0 : max(facts.lastContact, t0);
        last = max(last, lastImaging(facts, t0));
        last = max(last, facts.sessions.get(facts.sessions.size() - 1).date());
        for (GridVisit visit : facts.visits) {
            if (visit.status() == VisitStatus.DONE && visit.actualDate() != null) {
                last = max(last, visit.actualDate());
            }
        }
        return last;
    }

    private boolean withinDays(LocalDate session, LocalDate death) {
        if (death == null) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(session, death);
        return days >= 0 && days <= settings.mortalityDays();
    }

    /** OUT-17. */
    private static List<VisitCompliance> compliance(Facts facts) {
        List<VisitCompliance> result = new ArrayList<>(facts.visits.size());
        for (GridVisit visit : facts.visits) {
            VisitCompliance.Status status;
            LocalDate actual = visit.status() == VisitStatus.DONE ? visit.actualDate() : null;
            if (visit.status() == VisitStatus.CANCELLED) {
                status = VisitCompliance.Status.CANCELLED;
            } else if (actual != null) {
                status = actual.isBefore(visit.windowStart()) || actual.isAfter(visit.windowEnd())
                        ? VisitCompliance.Status.OUT_OF_WINDOW : VisitCompliance.Status.IN_WINDOW;
            } else if (facts.death != null && facts.death.isBefore(visit.windowEnd())) {
                status = VisitCompliance.Status.NOT_DUE;
            } else if (visit.status() == VisitStatus.MISSED
                    || facts.asOf != null && facts.asOf.isAfter(visit.windowEnd())) {
                status = VisitCompliance.Status.MISSED;
            } else {
                status = VisitCompliance.Status.NOT_DUE;
            }
            result.add(new VisitCompliance(visit.label(), visit.targetDate(), visit.windowStart(), visit.windowEnd(),
                    actual, status));
        }
        return result;
    }

    private static LocalTumourProgression progression(LocalDate t0, LocalDate ltp) {
        if (ltp == null) {
            return LocalTumourProgression.NONE;
        }
        long days = ChronoUnit.DAYS.between(t0, ltp);
        return new LocalTumourProgression(true, ltp, days, TimeToEvent.months(days));
    }

    private static Boolean technicalSuccess(List<TumourOutcomes> tumours) {
        Boolean all = null;
        for (TumourOutcomes tumour : tumours) {
            if (tumour.technicalSuccess() != null) {
                all = (all == null || all) && tumour.technicalSuccess();
            }
        }
        return all;
    }

    /** Patient level OUT-02: INCOMPLETE before NOT_EVALUABLE before COMPLETE. */
    private static TechniqueEfficacy leastFavourable(List<TumourOutcomes> tumours) {
        Comparator<TechniqueEfficacy> worstFirst = Comparator.comparingInt(e -> switch (e.result()) {
            case INCOMPLETE -> 0;
            case NOT_EVALUABLE -> 1;
            case COMPLETE -> 2;
        });
        return tumours.stream().map(TumourOutcomes::techniqueEfficacy1m).min(worstFirst)
                .orElse(new TechniqueEfficacy(null, null, null, Result.NOT_EVALUABLE, "NO_IMAGING_IN_WINDOW"));
    }

    private static boolean before(LocalDate candidate, LocalDate current) {
        return current == null || candidate.isBefore(current);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The timeline's facts known at asOf, sorted by date. */
    private record Facts(LocalDate asOf, List<Session> sessions, List<Imaging> imaging, List<DiseaseEvent> events,
                         LocalDate death, CauseOfDeath causeOfDeath, Boolean reviewedProcedureRelated,
                         LocalDate lastContact, List<GridVisit> visits, java.util.Set<String> untreated) {

        static Facts of(OutcomeTimeline t) {
            LocalDate asOf = t.asOf();
            List<Session> sessions = t.sessions().stream().filter(s -> known(s.date(), asOf))
                    .sorted(Comparator.comparing(Session::date)).toList();
            List<Imaging> imaging = t.imaging().stream().filter(i -> known(i.date(), asOf))
                    .sorted(Comparator.comparing(Imaging::date)).toList();
            List<DiseaseEvent> events = t.diseaseEvents().stream()
                    .filter(e -> e.detectionDate() != null && known(e.detectionDate(), asOf)).toList();
            LocalDate death = t.vital().deathDate() != null && known(t.vital().deathDate(), asOf) ? t.vital().deathDate() : null;
            LocalDate lastContact = t.vital().lastContactDate() != null && known(t.vital().lastContactDate(), asOf)
                    ? t.vital().lastContactDate() : null;
            List<GridVisit> visits = t.gridVisits().stream()
                    .map(v -> v.actualDate() != null && !known(v.actualDate(), asOf)
                            ? new GridVisit(v.label(), v.targetDate(), v.windowStart(), v.windowEnd(), null, VisitStatus.PLANNED)
                            : v)
                    .toList();
            return new Facts(asOf, sessions, imaging, events, death, death == null ? null : t.vital().causeOfDeath(),
                    death == null ? null : t.vital().reviewedProcedureRelated(), lastContact, visits, t.untreatedTumorIds());
        }

        private static boolean known(LocalDate date, LocalDate asOf) {
            return date != null && (asOf == null || !date.isAfter(asOf));
        }
    }
}
