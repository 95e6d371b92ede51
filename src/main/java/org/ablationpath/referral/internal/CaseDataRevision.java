package org.ablationpath.referral.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.EligibilityEvaluation;
import org.ablationpath.eligibility.PatientData;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Roles;
import org.ablationpath.patient.LabPanelRecord;
import org.ablationpath.patient.LesionRecord;
import org.ablationpath.patient.PatientRecord;
import org.ablationpath.patient.PatientService;
import org.ablationpath.platform.persistence.JsonContent;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseDataUpdate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a work-up's case document over the case's data, after the same validation as a referral (VAL rules with
 * the center's parameters). History is kept: the patient's status, the case and its tumours are Envers-versioned,
 * labs that differ from the latest panel become a new panel, tumours no longer listed are voided.
 */
@Service
class CaseDataRevision implements CaseDataUpdate {

    static final int MAX_NOTE = 2000;
    /** outcomes.md 4.5: labs taken before the procedure stage are the baseline. */
    private static final String LAB_CONTEXT = "BASELINE";

    private final CaseRepository cases;
    private final PatientService patients;
    private final CaseDocumentRules rules;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    CaseDataRevision(CaseRepository cases, PatientService patients, CaseDocumentRules rules, CurrentUser currentUser,
                     ObjectMapper json) {
        this.cases = cases;
        this.patients = patients;
        this.rules = rules;
        this.currentUser = currentUser;
        this.json = json;
    }

    @Override
    @Transactional
    @Secured("ROLE_" + Roles.REFERRING_PHYSICIAN)
    public void update(UUID caseId, CaseDocument document, String note) {
        CaseEntity kase = cases.findById(caseId).filter(c -> currentUser.canSeeCenter(c.centerId()))
                .orElseThrow(() -> new NotFoundException("No such case"));
        if (kase.voided()) {
            throw new ConflictException("This case was voided; its data cannot be revised.");
        }
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        PatientRecord patient = patients.find(kase.patientId()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>(envelopeProblems(document, trimmedNote));
        if (document != null) {
            problems.addAll(identityProblems(document.patient(), patient));
            String referralDate = document.dates() == null ? null : document.dates().referralDate();
            if (referralDate != null && !referralDate.equals(kase.referralDate().toString())) {
                problems.add(new FieldProblem("dates.referralDate", "The referral date (" + kase.referralDate()
                        + ") belongs to the referral and cannot change in the work-up."));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        EligibilityEvaluation evaluation = rules.evaluate(kase.centerId(), kase.ruleProfile(), document);
        if (!evaluation.validation().valid()) {
            throw InvalidInputException.badRequest(CaseDocumentRules.problems(evaluation));
        }
        JsonNode normalized = evaluation.normalizedInputs();
        JsonNode labs = normalized.path("labs");
        LocalDate collected = LocalDate.parse(labs.path("collectedDate").asText());
        Optional<LabPanelRecord> latestLabs = patients.latestLabsOfCase(caseId);
        if (latestLabs.isPresent() && collected.isBefore(latestLabs.get().collectedDate())) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("labs.collectedDate", "Labs of "
                    + latestLabs.get().collectedDate() + " are stored; the work-up adds newer labs, not older ones.")));
        }

        patients.updateClinicalStatus(patient.id(), normalized.path("patient"));
        kase.reviseData(textOrNull(normalized, "plannedModality"),
                normalized.path("disease").isMissingNode() ? json.createObjectNode() : normalized.path("disease"),
                normalized.path("dates"), trimmedNote);
        String voidReason = "Not in the work-up of " + currentUser.username() + (trimmedNote == null ? "" : ": " + trimmedNote);
        patients.reviseLesions(patient.id(), caseId, lesions(normalized),
                voidReason.length() > MAX_NOTE ? voidReason.substring(0, MAX_NOTE) : voidReason);
        if (latestLabs.isEmpty() || !JsonContent.same(latestLabs.get().values(), labs)) {
            patients.addLabPanel(patient.id(), caseId, new LabPanelRecord(collected, LAB_CONTEXT, labs));
        }
    }

    private static List<FieldProblem> envelopeProblems(CaseDocument document, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        if (document == null) {
            problems.add(new FieldProblem("$", "The case document is missing."));
        } else if (document.followUp() != null) {
            problems.add(new FieldProblem("followUp", "The work-up carries no follow-up."));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "At most " + MAX_NOTE + " characters."));
        }
        return problems;
    }

    /** The work-up completes the case of this patient: who the patient is was settled at the referral. */
    private static List<FieldProblem> identityProblems(PatientData given, PatientRecord stored) {
        if (given == null) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (given.patientId() != null && !given.patientId().equals(stored.pseudonym())) {
            problems.add(new FieldProblem("patient.patientId", "The patient's pseudonym cannot change in the work-up."));
        }
        if (given.sex() != null && !given.sex().equals(stored.sex())) {
            problems.add(new FieldProblem("patient.sex", "The patient's sex cannot change in the work-up."));
        }
        if (given.birthDate() != null && !given.birthDate().equals(stored.birthDate().toString())) {
            problems.add(new FieldProblem("patient.birthDate", "The patient's birth date cannot change in the work-up."));
        }
        return problems;
    }

    private static List<LesionRecord> lesions(JsonNode normalized) {
        List<LesionRecord> lesions = new ArrayList<>();
        for (JsonNode tumor : normalized.path("tumors")) {
            lesions.add(new LesionRecord(tumor.path("tumorId").asText(), tumor.path("organ").asText(),
                    tumor.path("histology").asText(), new BigDecimal(tumor.path("maxDiameterMm").asText()), tumor));
        }
        return lesions;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
