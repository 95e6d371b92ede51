package org.ablationpath.outcomes.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.ablationpath.board.BoardDecision;
import org.ablationpath.board.BoardDecisions;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.eligibility.LabData;
import org.ablationpath.eligibility.PatientData;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.FollowUpSchedule;
import org.ablationpath.followup.ScheduledVisit;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.Roles;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.ResponseAssessments;
import org.ablationpath.outcomes.exchange.internal.RegistryCaseEntity;
import org.ablationpath.outcomes.exchange.internal.RegistryCaseRepository;
import org.ablationpath.patient.PatientRecord;
import org.ablationpath.patient.PatientService;
import org.ablationpath.procedure.AblationApplication;
import org.ablationpath.procedure.ProcedureRecords;
import org.ablationpath.procedure.SessionDetail;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseSummary;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEvents;
import org.ablationpath.platform.web.NotFoundException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pseudonymized CSV export per entity of the caller's centers, and its data dictionary. Every file starts with the
 * columns {@code patient}, {@code case} and {@code center}; ids are registry pseudonyms ({@link ExportPseudonyms});
 * names of people and free text are left out; dates are as stored (no shifting: interval endpoints need them and the
 * export is pseudonymized, not anonymized). Each export logs a read of every patient in it.
 */
@Service
public class RegistryExport {

    /** The most cases one export reads; the registry of one node stays far below it. */
    static final int MAX_CASES = 100_000;

    /** People's names and free text: never exported. */
    private static final Set<String> NOT_EXPORTED = Set.of("patientId", "recordedBy", "reportedBy", "reviewedBy",
            "decidedBy", "dischargedBy", "note", "reviewNote", "description", "rationale", "overrideReason", "question",
            "details", "caseId", "centerId", "patientPseudonym", "voidReason", "result", "tumors", "applications",
            "assessments");

    private final CaseDirectory cases;
    private final PatientService patients;
    private final EvaluationHistory evaluations;
    private final BoardDecisions boardDecisions;
    private final ProcedureRecords procedures;
    private final ResponseAssessments imaging;
    private final AdverseEvents adverseEvents;
    private final FollowUpSchedule followUp;
    private final EndOfFollowUp endOfFollowUp;
    private final RegistryCaseRepository registryCases;
    private final ExportPseudonyms pseudonyms;
    private final AccessLog accessLog;
    private final ObjectMapper json;
    private final Map<String, ExportEntity> entities = new LinkedHashMap<>();

    RegistryExport(CaseDirectory cases, PatientService patients, EvaluationHistory evaluations, BoardDecisions boardDecisions,
                   ProcedureRecords procedures, ResponseAssessments imaging, AdverseEvents adverseEvents,
                   FollowUpSchedule followUp, EndOfFollowUp endOfFollowUp, RegistryCaseRepository registryCases,
                   ExportPseudonyms pseudonyms, AccessLog accessLog, ObjectMapper json) {
        this.cases = cases;
        this.patients = patients;
        this.evaluations = evaluations;
        this.boardDecisions = boardDecisions;
        this.procedures = procedures;
        this.imaging = imaging;
        this.adverseEvents = adverseEvents;
        this.followUp = followUp;
        this.endOfFollowUp = endOfFollowUp;
        this.registryCases = registryCases;
        this.pseudonyms = pseudonyms;
        this.accessLog = accessLog;
        this.json = json;
        define();
    }

    /** The case (its summary) with the rows every entity reads, loaded once per case and export. */
    public final class CaseRows {
        private final CaseSummary kase;
        private Optional<RegistryFollowUp> imported;

        CaseRows(CaseSummary kase) {
            this.kase = kase;
        }

        public CaseSummary kase() {
            return kase;
        }

        Optional<RegistryFollowUp> imported() {
            if (imported == null) {
                imported = registryCases.findById(kase.id()).map(RegistryCaseEntity::followUp)
                        .map(node -> json.convertValue(node, RegistryFollowUp.class));
            }
            return imported;
        }

        List<SessionDetail> sessions() {
            return procedures.ofCase(kase.id()).sessions();
        }
    }

    /** A row of the case: the case's own fields, and whether it was imported (no pathway ran). */
    public record CaseRow(org.ablationpath.referral.CaseStage stage, java.time.LocalDate referralDate, String urgency,
                          String organs, String decisionCode, boolean voided, boolean registryImport) {
    }

    /** An application with the session it belongs to. */
    public record ApplicationRow(UUID session, AblationApplication application) {
    }

    /** A tumour treated in a session, with its technical success (outcomes.md 4.9 technicalSuccess, OUT-01). */
    public record TreatedTumourRow(UUID session, String tumorId, boolean technicalSuccess) {
    }

    /** One tumour's result on a response study. */
    public record AssessmentRow(ResponseAssessmentSummary study, ResponseAssessmentSummary.TumorResult tumor) {
    }

    /** One tumour's assessment on an imported study. */
    public record ImportedAssessmentRow(RegistryFollowUp.Imaging study, RegistryFollowUp.Assessment tumor) {
    }

    /** A lab panel with the context it was taken in (outcomes.md 4.5). */
    public record LabRow(String context, LabData labs) {
    }

    private void define() {
        entity("case", "One row per case: stage, referral, decision, whether imported", CaseRow.class, "outcomes.md 4.3",
                c -> List.of(new CaseRow(c.kase().stage(), c.kase().referralDate(), c.kase().urgency(), c.kase().organs(),
                        c.kase().decisionCode(), c.kase().voided(), c.imported().isPresent())));
        entity("patient", "The patient block of each case (clinical status at referral)", PatientData.class, "outcomes.md 4.2",
                c -> patients.find(c.kase().patientId()).map(PatientRecord::clinicalStatus).map(List::of).orElse(List.of()));
        entity("tumour", "Each tumour of the case with its organ-specific fields", TumorData.class, "outcomes.md 4.6",
                c -> patients.lesionsOfCase(c.kase().id()).stream().map(l -> l.details()).toList());
        entity("lab-panel", "Baseline (latest stored) and imported post-procedure lab panels", LabRow.class, "outcomes.md 4.5",
                this::labRows);
        entity("evaluation", "Each stored rule evaluation (rules version, status)", StoredEvaluation.class, "outcomes.md 4.7",
                c -> evaluations.history(c.kase().id()));
        entity("board-decision", "Tumour board decisions", BoardDecision.class, "outcomes.md 4.8",
                c -> boardDecisions.ofCase(c.kase().id()));
        entity("procedure", "Recorded ablation sessions with their discharge", SessionDetail.class, "outcomes.md 4.9",
                CaseRows::sessions);
        entity("procedure-tumour", "One row per session and treated tumour, with its technical success", TreatedTumourRow.class,
                "outcomes.md 4.9", c -> c.sessions().stream().flatMap(s -> s.tumors().stream()
                        .map(t -> new TreatedTumourRow(s.id(), t.tumorId(), t.technicalSuccess()))).toList());
        entity("ablation-application", "One row per tumour and applicator position", ApplicationRow.class, "outcomes.md 4.10",
                c -> c.sessions().stream().flatMap(s -> s.tumors().stream()
                        .flatMap(t -> t.applications().stream().map(a -> new ApplicationRow(s.id(), a)))).toList());
        entity("imaging-assessment", "Response assessment per tumour", AssessmentRow.class, "outcomes.md 4.11",
                c -> imaging.ofCase(c.kase().id()).stream()
                        .flatMap(s -> s.tumors().stream().map(t -> new AssessmentRow(s, t))).toList());
        entity("adverse-event", "Adverse events with their review", AdverseEvent.class, "outcomes.md 4.13",
                c -> adverseEvents.ofCase(c.kase().id()));
        entity("follow-up-visit", "The visit grid: planned, done, missed and cancelled visits", ScheduledVisit.class,
                "outcomes.md 4.12", c -> followUp.visits(c.kase().id()));
        entity("end-of-follow-up", "The end of follow-up and its reason", EndOfFollowUp.EndRecord.class, "outcomes.md 4.14",
                c -> endOfFollowUp.of(c.kase().id()).map(List::of).orElse(List.of()));
        entity("imported-procedure", "Sessions of imported cases", RegistryFollowUp.Session.class, "outcomes.md 4.9",
                c -> c.imported().map(RegistryFollowUp::sessions).orElse(List.of()));
        entity("imported-imaging-assessment", "Imaging studies of imported cases, per tumour", ImportedAssessmentRow.class,
                "outcomes.md 4.11", c -> c.imported().map(f -> f.studies().stream()
                        .flatMap(s -> s.assessmentList().stream().map(a -> new ImportedAssessmentRow(s, a))).toList())
                        .orElse(List.of()));
        entity("imported-visit", "Follow-up visits of imported cases", RegistryFollowUp.Visit.class, "outcomes.md 4.12",
                c -> c.imported().map(RegistryFollowUp::visitList).orElse(List.of()));
        entity("imported-observation", "Observations of imported cases", RegistryFollowUp.ClinicalObservation.class,
                "contracts/case-evaluation.md", c -> c.imported().map(RegistryFollowUp::observationList).orElse(List.of()));
        entity("imported-adverse-event", "Adverse events of imported cases, as reported", RegistryFollowUp.ReportedAdverseEvent.class,
                "outcomes.md 4.13", c -> c.imported().map(RegistryFollowUp::adverseEventList).orElse(List.of()));
        entity("vital-status", "Vital status of imported cases (live cases: end-of-follow-up)", RegistryFollowUp.VitalStatusReport.class,
                "outcomes.md 4.14", c -> c.imported().map(RegistryFollowUp::vitalStatus).map(List::of).orElse(List.of()));
    }

    private List<?> labRows(CaseRows c) {
        List<LabRow> rows = new ArrayList<>();
        patients.latestLabsOfCase(c.kase().id()).ifPresent(panel -> rows.add(new LabRow(panel.context(),
                labData(withDate(panel.values(), panel.collectedDate().toString())))));
        c.imported().ifPresent(f -> f.labPanels().forEach(panel -> rows.add(new LabRow("POST_PROCEDURE",
                labData(withDate(panel, panel.path("date").asText()))))));
        return rows;
    }

    /**
     * The contract's lab fields of a stored panel; values other screens store beside them (the visit form's tumour
     * markers) are not lab-panel columns and are left out.
     */
    private LabData labData(JsonNode values) {
        try {
            return json.readerFor(LabData.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(values);
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static JsonNode withDate(JsonNode values, String date) {
        ObjectNode copy = values.deepCopy();
        copy.remove("date");
        copy.put("collectedDate", date);
        return copy;
    }

    private void entity(String name, String description, Class<?> rowType, String reference, Function<CaseRows, List<?>> rows) {
        List<ExportColumn> columns = new ArrayList<>();
        columns.add(new ExportColumn("patient", List.of(), "pseudonym", "", List.of(), "registry pseudonym of the patient", true));
        columns.add(new ExportColumn("case", List.of(), "pseudonym", "", List.of(), "registry pseudonym of the case", true));
        columns.add(new ExportColumn("center", List.of(), "string", "", List.of(), "identity.Center.id (outcomes.md 4.1)", false));
        columns.addAll(ExportColumns.of(rowType, reference, NOT_EXPORTED));
        entities.put(name, new ExportEntity(name, description, List.copyOf(columns), rows));
    }

    public List<ExportEntity> entities() {
        return List.copyOf(entities.values());
    }

    /**
     * The entity's CSV of every case of the caller's centers.
     *
     * @throws NotFoundException for an unknown entity name
     */
    @Transactional(readOnly = true)
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    public String csv(String entityName) {
        ExportEntity entity = entities.get(entityName);
        if (entity == null) {
            throw new NotFoundException("No export entity " + entityName + "; entities: " + entities.keySet());
        }
        StringBuilder out = new StringBuilder();
        out.append(Csv.line(entity.columns().stream().map(ExportColumn::name).toList()));
        for (CaseSummary kase : cases.recentCases(MAX_CASES)) {
            accessLog.patientRecordRead(kase.patientId(), kase.id(), kase.centerId(), "REGISTRY_EXPORT");
            CaseRows rows = new CaseRows(kase);
            for (Object row : entity.rows().apply(rows)) {
                JsonNode values = row instanceof JsonNode node ? node : json.valueToTree(row);
                out.append(Csv.line(line(entity, kase, values)));
            }
        }
        return out.toString();
    }

    private List<String> line(ExportEntity entity, CaseSummary kase, JsonNode values) {
        List<String> line = new ArrayList<>();
        line.add(pseudonyms.of(kase.patientId()));
        line.add(pseudonyms.of(kase.id()));
        line.add(kase.centerId());
        for (ExportColumn column : entity.columns().subList(3, entity.columns().size())) {
            JsonNode value = values;
            for (String step : column.path()) {
                value = value.path(step);
            }
            line.add(text(value, column));
        }
        return line;
    }

    private String text(JsonNode value, ExportColumn column) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (column.pseudonym()) {
            return pseudonyms.of(UUID.fromString(value.asText()));
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
            return String.join("|", items);
        }
        if (value.isObject()) {
            // a measured value given with its unit; normalized inputs are plain numbers in the canonical unit
            return value.has("value") ? value.path("value").asText() : value.toString();
        }
        return value.isBigDecimal() || value.isDouble() ? value.decimalValue().toPlainString() : value.asText();
    }

    /** The data dictionary of every entity: entity, field, type, unit, allowed values, source. */
    public String dataDictionaryCsv() {
        StringBuilder out = new StringBuilder(Csv.line(List.of("entity", "field", "type", "unit", "allowedValues", "source")));
        for (ExportEntity entity : entities.values()) {
            for (ExportColumn column : entity.columns()) {
                out.append(Csv.line(List.of(entity.name(), column.name(), column.type(), column.unit(),
                        String.join("|", column.allowedValues()), column.source())));
            }
        }
        return out.toString();
    }
}
