package org.ablationpath.outcomes.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.Roles;
import org.ablationpath.outcomes.exchange.internal.RegistryCaseEntity;
import org.ablationpath.outcomes.exchange.internal.RegistryCaseRepository;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseSummary;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a registry case back: its case document, the imported follow-up block and its latest evaluation; logged. */
@Service
public class RegistryCases {

    private final CaseDirectory cases;
    private final EvaluationHistory evaluations;
    private final RegistryCaseRepository registryCases;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ObjectMapper json;

    RegistryCases(CaseDirectory cases, EvaluationHistory evaluations, RegistryCaseRepository registryCases,
                  AccessLog accessLog, Clock clock, ObjectMapper json) {
        this.json = json;
        this.cases = cases;
        this.evaluations = evaluations;
        this.registryCases = registryCases;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** A case of the caller's centers ({@code followUp} null for a case the pathway ran); empty otherwise. */
    @Transactional(readOnly = true)
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    public Optional<RegistryCase> find(UUID caseId) {
        Optional<CaseSummary> visible = cases.visibleCase(caseId);
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        CaseSummary kase = visible.get();
        Optional<RegistryCaseEntity> imported = registryCases.findById(caseId);
        LocalDate asOf = imported.map(RegistryCaseEntity::asOfDate).orElse(LocalDate.now(clock));
        CaseDocument document = cases.caseDocument(caseId, asOf == null ? LocalDate.now(clock) : asOf);
        accessLog.patientRecordRead(kase.patientId(), caseId, kase.centerId(), "REGISTRY_CASE");
        return Optional.of(new RegistryCase(caseId, kase.patientPseudonym(), kase.stage().name(), imported.isPresent(),
                document, imported.map(RegistryCaseEntity::followUp).orElse(null),
                evaluations.latest(caseId).orElse(null)));
    }

    /**
     * The imported follow-up block of a case (sessions, imaging, visits, adverse events, vital status), for the
     * outcome algorithms; empty for a case the pathway ran. Not center-scoped and not logged: the caller scopes and logs.
     */
    @Transactional(readOnly = true)
    public Optional<RegistryFollowUp> importedFollowUp(UUID caseId) {
        return registryCases.findById(caseId).map(RegistryCaseEntity::followUp)
                .map(node -> json.convertValue(node, RegistryFollowUp.class));
    }

    /** A registry case as {@code GET /api/registry/cases/{id}} returns it. */
    public record RegistryCase(UUID caseId, String patientId, String stage, boolean imported, CaseDocument document,
                               JsonNode followUp, StoredEvaluation evaluation) {
    }
}
