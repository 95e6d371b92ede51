package org.ablationpath.referral.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.EligibilityEvaluation;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Roles;
import org.ablationpath.identity.UserDirectory;
import org.ablationpath.patient.LabPanelRecord;
import org.ablationpath.patient.LesionRecord;
import org.ablationpath.patient.PatientRecord;
import org.ablationpath.patient.PatientIdentityMismatchException;
import org.ablationpath.patient.PatientRegistration;
import org.ablationpath.patient.PatientService;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.referral.CaseReferred;
import org.ablationpath.referral.CaseStage;
import org.ablationpath.referral.RetrospectiveIntake;
import org.ablationpath.referral.ReferralDetails;
import org.ablationpath.referral.ReferralRejectedException;
import org.ablationpath.referral.ReferralService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a referral as patient, case, tumours and labs in one transaction, after the validation rules passed.
 * The pathway starts from the {@link CaseReferred} event inside the same transaction, so a failure anywhere
 * leaves nothing half-saved.
 */
@Service
class CaseIntake implements ReferralService, RetrospectiveIntake {

    private static final int PSEUDONYM_MAX_LENGTH = 40;
    private static final int TUMOR_ID_MAX_LENGTH = 20;


    private final CaseDocumentRules rules;
    private final PatientService patients;
    private final CaseRepository cases;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final ObjectMapper json;

    CaseIntake(CaseDocumentRules rules, PatientService patients, CaseRepository cases, CurrentUser currentUser,
               UserDirectory directory, ApplicationEventPublisher events, Validator validator, ObjectMapper json) {
        this.rules = rules;
        this.patients = patients;
        this.cases = cases;
        this.currentUser = currentUser;
        this.directory = directory;
        this.events = events;
        this.validator = validator;
        this.json = json;
    }

    @Override
    @Transactional
    @Secured("ROLE_" + Roles.REFERRING_PHYSICIAN)
    public UUID submit(CaseDocument document, ReferralDetails details) {
        rejectMalformedEnvelope(document, details);
        String centerId = currentUser.primaryCenterId();
        // the center's configured profile decides which rule branches apply to its cases
        String ruleProfile = directory.center(centerId).map(c -> c.ruleProfile()).orElse("INTL");
        EligibilityEvaluation evaluation = rules.evaluate(centerId, ruleProfile, document);
        if (!evaluation.validation().valid()) {
            throw new ReferralRejectedException(CaseDocumentRules.problems(evaluation));
        }
        CaseEntity kase = store(centerId, ruleProfile, evaluation, details, true);
        events.publishEvent(new CaseReferred(kase.id(), centerId, kase.referralDate()));
        return kase.id();
    }

    @Override
    @Transactional
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    public ImportedCase importCase(CaseDocument document, CaseStage stage, String decisionCode) {
        if (document == null) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("$", "The case document is missing.")));
        }
        String centerId = currentUser.primaryCenterId();
        String ruleProfile = directory.center(centerId).map(c -> c.ruleProfile()).orElse("INTL");
        CaseDocument withoutFollowUp = new CaseDocument(document.ruleProfile(), document.asOfDate(), document.patient(),
                document.labs(), document.disease(), document.tumors(), document.plannedModality(), document.dates(), null);
        EligibilityEvaluation evaluation = rules.evaluate(centerId, ruleProfile, withoutFollowUp);
        if (!evaluation.validation().valid()) {
            throw new ReferralRejectedException(CaseDocumentRules.problems(evaluation));
        }
        CaseEntity kase = store(centerId, ruleProfile, evaluation,
                new ReferralDetails(SOURCE, "ROUTINE", "Retrospective registry import"), false);
        if (decisionCode != null) {
            kase.recordDecision(decisionCode, stage);
        } else {
            kase.moveTo(stage);
        }
        return new ImportedCase(kase.id(), kase.patientId(), centerId, evaluation);
    }

    /**
     * Patient, case, tumours and baseline labs. A past case never overwrites the current clinical status of a patient
     * already known under the pseudonym ({@code updatePatient} false): only their identity is checked.
     */
    private CaseEntity store(String centerId, String ruleProfile, EligibilityEvaluation evaluation, ReferralDetails details,
                             boolean updatePatient) {
        JsonNode normalized = evaluation.normalizedInputs();
        JsonNode patient = normalized.path("patient");
        UUID patientId;
        PatientRegistration registration = new PatientRegistration(centerId, patient.path("patientId").asText(),
                patient.path("sex").asText(), LocalDate.parse(patient.path("birthDate").asText()), patient);
        if (registration.pseudonym().length() > PSEUDONYM_MAX_LENGTH) {
            // the column's width (patient.pseudonym), refused here rather than failing at the database
            throw new ReferralRejectedException(List.of(new FieldProblem("patient.patientId",
                    "At most " + PSEUDONYM_MAX_LENGTH + " characters.")));
        }
        rejectLongTumorIds(normalized.path("tumors"));
        PatientRecord known = updatePatient ? null
                : patients.findByPseudonym(centerId, registration.pseudonym()).orElse(null);
        if (known != null) {
            if (!known.sex().equals(registration.sex()) || !known.birthDate().equals(registration.birthDate())) {
                throw new ReferralRejectedException(List.of(new FieldProblem("patient.patientId",
                        "A patient with this id is known in the center with another sex or birth date.")));
            }
            patientId = known.id();
        } else {
            try {
                patientId = patients.registerOrUpdate(registration);
            } catch (PatientIdentityMismatchException mismatch) {
                throw new ReferralRejectedException(List.of(new FieldProblem("patient.patientId", mismatch.getMessage())));
            }
        }
        JsonNode dates = normalized.path("dates");
        CaseEntity kase = cases.save(new CaseEntity(centerId, patientId, LocalDate.parse(dates.path("referralDate").asText()),
                details, currentUser.username(), ruleProfile, textOrNull(normalized, "plannedModality"),
                normalized.path("disease").isMissingNode() ? json.createObjectNode() : normalized.path("disease"), dates));

        List<LesionRecord> lesions = new ArrayList<>();
        for (JsonNode tumor : normalized.path("tumors")) {
            lesions.add(new LesionRecord(tumor.path("tumorId").asText(), tumor.path("organ").asText(),
                    tumor.path("histology").asText(), new BigDecimal(tumor.path("maxDiameterMm").asText()), tumor));
        }
        patients.addLesions(patientId, kase.id(), lesions);
        JsonNode labs = normalized.path("labs");
        patients.addLabPanel(patientId, kase.id(),
                new LabPanelRecord(LocalDate.parse(labs.path("collectedDate").asText()), "BASELINE", labs));

        return kase;
    }

    /** The width of lesion.tumor_key, refused with the field's path rather than failing at the database. */
    private static void rejectLongTumorIds(JsonNode tumors) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < tumors.size(); i++) {
            if (tumors.get(i).path("tumorId").asText().length() > TUMOR_ID_MAX_LENGTH) {
                problems.add(new FieldProblem("tumors[" + i + "].tumorId", "At most " + TUMOR_ID_MAX_LENGTH + " characters."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReferralRejectedException(problems);
        }
    }

    private void rejectMalformedEnvelope(CaseDocument document, ReferralDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (document == null) {
            problems.add(new FieldProblem("case", "The case document is missing."));
        } else if (document.followUp() != null) {
            problems.add(new FieldProblem("case.followUp", "A referral carries no follow-up; use the registry import for past cases."));
        }
        if (details == null) {
            problems.add(new FieldProblem("referral", "The referral details are missing."));
        } else {
            validator.validate(details).forEach(v ->
                    problems.add(new FieldProblem("referral." + v.getPropertyPath(), v.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
