package org.ablationpath.imaging.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.referral.CaseDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which tumours a response assessment covers: those the latest recorded session treated, or every tumour of the case
 * when no session is recorded; with each tumour's histology (from the case document) and margin target.
 */
@Component
public class TumorsToAssess {

    /** HCC: the histology code that takes an LR-TR category (outcomes.md 4.11). */
    public static final String HCC = "HCC";

    private final CaseDirectory cases;
    // the procedure module may not be deployed (or not yet record sessions): then every tumour of the case counts
    private final ObjectProvider<ProcedureSessions> sessions;
    private final MarginTargets marginTargets;
    private final Clock clock;

    TumorsToAssess(CaseDirectory cases, ObjectProvider<ProcedureSessions> sessions, MarginTargets marginTargets, Clock clock) {
        this.cases = cases;
        this.sessions = sessions;
        this.marginTargets = marginTargets;
        this.clock = clock;
    }

    /** A tumour of the case with its margin target, null where none is published for its histology. */
    public record Tumor(String tumorId, String organ, String histology, BigDecimal marginTargetMm) {
        public boolean hcc() {
            return HCC.equals(histology);
        }
    }

    /** The latest session (if any), the tumours to assess, and every tumour of the case by id. */
    public record Scope(Optional<ProcedureSession> latestSession, List<Tumor> treated, Map<String, Tumor> ofCase) {
    }

    public Scope of(UUID caseId) {
        Map<String, Tumor> ofCase = new LinkedHashMap<>();
        List<TumorData> tumors = cases.tumorsOfCase(caseId);
        if (tumors != null) {
            tumors.stream().filter(t -> t.tumorId() != null).forEach(t -> ofCase.put(t.tumorId(),
                    new Tumor(t.tumorId(), t.organ(), t.histology(), marginTargets.targetFor(t.histology()).orElse(null))));
        }
        Optional<ProcedureSession> latest = latestSession(caseId);
        // a session naming no tumour of the case (data of another module out of step) cannot narrow the assessment
        List<Tumor> treated = latest.map(s -> s.tumorIds() == null ? List.<Tumor>of()
                        : s.tumorIds().stream().filter(ofCase::containsKey).map(ofCase::get).toList())
                .filter(found -> !found.isEmpty())
                .orElseGet(() -> List.copyOf(ofCase.values()));
        return new Scope(latest, treated, ofCase);
    }

    private Optional<ProcedureSession> latestSession(UUID caseId) {
        ProcedureSessions available = sessions.getIfAvailable();
        if (available == null) {
            return Optional.empty();
        }
        List<ProcedureSession> recorded = available.sessions(caseId);
        return recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.get(recorded.size() - 1));
    }
}
