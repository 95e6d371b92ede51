package org.ablationpath.referral.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.patient.LesionRecord;
import org.ablationpath.patient.PatientRecord;
import org.ablationpath.patient.PatientService;
import org.ablationpath.platform.database.ReadOnlyTransactionMemo;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseAccess;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseStage;
import org.ablationpath.referral.CaseSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaCaseDirectory implements CaseDirectory {

    private final CaseRepository cases;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final NamedParameterJdbcTemplate jdbc;

    JpaCaseDirectory(CaseRepository cases, PatientService patients, CurrentUser currentUser, ObjectMapper json,
                     NamedParameterJdbcTemplate jdbc) {
        this.cases = cases;
        this.patients = patients;
        this.currentUser = currentUser;
        this.json = json;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CaseSummary> visibleCase(UUID caseId) {
        return cases.findById(caseId)
                .filter(c -> currentUser.canSeeCenter(c.centerId()))
                .map(c -> summarize(List.of(c)).get(c.id()));
    }

    @Override
    public Optional<CaseAccess> visibleCaseAccess(UUID caseId) {
        return caseAccess(caseId).filter(c -> currentUser.canSeeCenter(c.centerId()));
    }

    @Override
    public Optional<CaseAccess> caseAccess(UUID caseId) {
        return ReadOnlyTransactionMemo.remember(List.of(CaseAccess.class, caseId), () -> cases.accessOf(caseId));
    }

    @Override
    public Map<UUID, CaseAccess> caseAccess(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        // plain SQL, not JPQL: the registry reads up to 500 cases at a time in a transaction of its own, so there is
        // nothing unflushed to miss, and Hibernate's query machinery cost more than the query
        Map<UUID, CaseAccess> result = new HashMap<>();
        jdbc.query("select id, patient_id, center_id, voided_at is not null from app.clinical_case where id in (:ids)",
                Map.of("ids", Set.copyOf(caseIds)), rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    result.put(id, new CaseAccess(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getBoolean(4)));
                });
        return result;
    }

    @Override
    public Map<UUID, CaseSummary> summaries(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        // a worklist page asks for its rows' summaries, then the open tasks of the same cases ask again
        Set<UUID> ids = Set.copyOf(caseIds);
        return ReadOnlyTransactionMemo.remember(List.of(CaseSummary.class, ids),
                () -> Collections.unmodifiableMap(summarize(cases.findByIdIn(ids))));
    }

    @Override
    public List<CaseSummary> recentCases(int limit) {
        List<CaseEntity> found = cases.findByCenterIdInAndVoidedAtIsNullOrderByCreatedAtDesc(currentUser.centerIds(), PageRequest.of(0, limit));
        return List.copyOf(summarize(found).values());
    }

    @Override
    public List<CaseSummary> referredByMe(int limit) {
        List<CaseEntity> found = cases.findByReferringPhysicianAndCenterIdInAndVoidedAtIsNullOrderByCreatedAtDesc(
                currentUser.username(), currentUser.centerIds(), PageRequest.of(0, limit));
        return List.copyOf(summarize(found).values());
    }

    @Override
    public CaseDocument caseDocument(UUID caseId, LocalDate asOfDate) {
        CaseEntity kase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("Unknown case"));
        PatientRecord patient = patients.find(kase.patientId()).orElseThrow();
        ObjectNode doc = json.createObjectNode();
        doc.put("ruleProfile", kase.ruleProfile());
        doc.put("asOfDate", asOfDate.toString());
        doc.set("patient", patient.clinicalStatus());
        patients.latestLabsOfCase(caseId).ifPresent(labs -> doc.set("labs", labs.values()));
        doc.set("disease", kase.diseaseStatus());
        ArrayNode tumors = doc.putArray("tumors");
        patients.lesionsOfCase(caseId).forEach(lesion -> tumors.add(lesion.details()));
        if (kase.plannedModality() != null) {
            doc.put("plannedModality", kase.plannedModality());
        }
        doc.set("dates", kase.caseDates());
        return json.convertValue(doc, CaseDocument.class);
    }

    @Override
    public List<TumorData> tumorsOfCase(UUID caseId) {
        if (cases.accessOf(caseId).isEmpty()) {
            throw new NotFoundException("Unknown case");
        }
        return patients.lesionsOfCase(caseId).stream().map(lesion -> json.convertValue(lesion.details(), TumorData.class)).toList();
    }

    @Override
    public List<UUID> caseIdsOfPatient(UUID patientId) {
        return cases.findByPatientId(patientId).stream().map(CaseEntity::id).toList();
    }

    @Override
    @Transactional
    public void moveToStage(UUID caseId, CaseStage stage) {
        cases.findById(caseId).orElseThrow(() -> new NotFoundException("Unknown case")).moveTo(stage);
    }

    @Override
    @Transactional
    public void recordDecision(UUID caseId, String decisionCode, CaseStage nextStage) {
        cases.findById(caseId).orElseThrow(() -> new NotFoundException("Unknown case")).recordDecision(decisionCode, nextStage);
    }

    private Map<UUID, CaseSummary> summarize(List<CaseEntity> found) {
        Map<UUID, String> pseudonyms = patients.pseudonyms(found.stream().map(CaseEntity::patientId).collect(Collectors.toSet()));
        // one query for the tumours of all the cases: per case it was the page's slowest part at 100,000 patients
        Map<UUID, List<LesionRecord>> lesions = patients.lesionsOfCases(found.stream().map(CaseEntity::id).toList());
        Map<UUID, CaseSummary> result = new LinkedHashMap<>();
        for (CaseEntity c : found) {
            String organs = lesions.getOrDefault(c.id(), List.of()).stream()
                    .map(l -> l.organ() + " " + l.histology())
                    .distinct()
                    .collect(Collectors.joining(", "));
            result.put(c.id(), new CaseSummary(c.id(), c.centerId(), c.patientId(), pseudonyms.get(c.patientId()), c.stage(),
                    c.referralDate(), c.urgency(), c.question(), organs, c.decisionCode(), c.voidReason()));
        }
        return result;
    }
}
