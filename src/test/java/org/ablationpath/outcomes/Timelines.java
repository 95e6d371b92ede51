package org.ablationpath.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ablationpath.followup.CauseOfDeath;
import org.ablationpath.followup.DiseaseEventType;
import org.ablationpath.followup.VisitStatus;
import org.ablationpath.outcomes.OutcomeTimeline.DiseaseEvent;
import org.ablationpath.outcomes.OutcomeTimeline.GridVisit;
import org.ablationpath.outcomes.OutcomeTimeline.Imaging;
import org.ablationpath.outcomes.OutcomeTimeline.Session;
import org.ablationpath.outcomes.OutcomeTimeline.Vital;
import org.ablationpath.procedure.IntentType;

/** A small builder for test timelines: one tumour T1 unless said otherwise. */
final class Timelines {

    private LocalDate asOf;
    private final List<Session> sessions = new ArrayList<>();
    private final List<Imaging> imaging = new ArrayList<>();
    private final List<DiseaseEvent> events = new ArrayList<>();
    private final List<GridVisit> visits = new ArrayList<>();
    private final Set<String> untreated = new HashSet<>();
    private LocalDate lastContact;
    private LocalDate death;
    private CauseOfDeath cause;
    private Boolean reviewedProcedureRelated;

    static Timelines timeline() {
        return new Timelines();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    Timelines asOf(String date) {
        asOf = d(date);
        return this;
    }

    Timelines session(String date, IntentType intent, String... tumours) {
        List<String> ids = tumours.length == 0 ? List.of("T1") : List.of(tumours);
        Map<String, Boolean> success = new java.util.HashMap<>();
        ids.forEach(t -> success.put(t, true));
        sessions.add(new Session("S" + (sessions.size() + 1), d(date), intent, ids, success));
        return this;
    }

    Timelines failedSession(String date, String tumour) {
        sessions.add(new Session("S" + (sessions.size() + 1), d(date), IntentType.INITIAL, List.of(tumour), Map.of(tumour, false)));
        return this;
    }

    Timelines ct(String date, AblationResponse response) {
        imaging.add(new Imaging(d(date), true, false, false, Map.of("T1", response)));
        return this;
    }

    Timelines ct(String date, Map<String, AblationResponse> responses) {
        imaging.add(new Imaging(d(date), true, false, false, responses));
        return this;
    }

    Timelines us(String date, AblationResponse response) {
        imaging.add(new Imaging(d(date), false, false, false, Map.of("T1", response)));
        return this;
    }

    Timelines ctWithNewDisease(String date, boolean intraOrgan, boolean extraOrgan) {
        imaging.add(new Imaging(d(date), true, intraOrgan, extraOrgan, Map.of("T1", AblationResponse.COMPLETE)));
        return this;
    }

    Timelines event(DiseaseEventType type, String tumour, String date) {
        events.add(new DiseaseEvent(type, tumour, d(date)));
        return this;
    }

    /** The finding of the death's M&M review (TMR-11): whether it was procedure-related. */
    Timelines reviewedDeath(boolean procedureRelated) {
        reviewedProcedureRelated = procedureRelated;
        return this;
    }

    Timelines lastContact(String date) {
        lastContact = d(date);
        return this;
    }

    Timelines death(String date, CauseOfDeath causeOfDeath) {
        death = d(date);
        cause = causeOfDeath;
        return this;
    }

    Timelines visit(String label, String target, int halfWidth, String actual, VisitStatus status) {
        LocalDate t = d(target);
        visits.add(new GridVisit(label, t, t.minusDays(halfWidth), t.plusDays(halfWidth), actual == null ? null : d(actual), status));
        return this;
    }

    Timelines untreated(String tumour) {
        untreated.add(tumour);
        return this;
    }

    OutcomeTimeline build() {
        return new OutcomeTimeline(asOf, sessions, imaging, events, new Vital(lastContact, death, cause, reviewedProcedureRelated), visits, untreated);
    }
}
