package org.ablationpath.outcomes.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.followup.EndOfFollowUp;
import org.ablationpath.followup.EndReason;
import org.ablationpath.followup.VitalStatus;
import org.ablationpath.identity.Roles;
import org.ablationpath.outcomes.exchange.internal.RegistryCaseEntity;
import org.ablationpath.outcomes.exchange.internal.RegistryCaseRepository;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.StrictJson;
import org.ablationpath.referral.CaseStage;
import org.ablationpath.referral.ReferralRejectedException;
import org.ablationpath.referral.RetrospectiveIntake;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one case document with its follow-up block into the signed-in data manager's center, in one transaction:
 * the referral module stores patient, case, tumours and baseline labs after the same validation rules as a referral
 * (but starts no pathway), the evaluation is stored with trigger IMPORT, a death ends the follow-up (END-01), and the
 * validated follow-up block is kept here. Any problem rolls all of it back.
 */
@Service
public class RegistryCaseImport {

    /** The evaluation trigger of imported cases. */
    public static final String TRIGGER = "IMPORT";

    private final RetrospectiveIntake intake;
    private final EvaluationHistory evaluations;
    private final EndOfFollowUp endOfFollowUp;
    private final RegistryCaseRepository registryCases;
    private final Validator validator;
    private final ObjectMapper json;
    private final Clock clock;

    RegistryCaseImport(RetrospectiveIntake intake, EvaluationHistory evaluations, EndOfFollowUp endOfFollowUp,
                       RegistryCaseRepository registryCases, Validator validator, ObjectMapper json, Clock clock) {
        this.intake = intake;
        this.evaluations = evaluations;
        this.endOfFollowUp = endOfFollowUp;
        this.registryCases = registryCases;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException 400 when the JSON cannot be read (unknown field, wrong type), 422 with one problem
     *                               per field when the rules or the follow-up checks refuse it; nothing is stored then
     */
    @Transactional
    @Secured("ROLE_" + Roles.DATA_MANAGER)
    public ImportedCase importCase(JsonNode body) {
        if (!(body instanceof ObjectNode)) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("$", "Expected a case document (a JSON object).")));
        }
        CaseDocument document = StrictJson.read(json, body, CaseDocument.class, "");
        JsonNode followUpNode = document.followUp();
        RegistryFollowUp followUp = followUpNode == null || followUpNode.isNull()
                ? new RegistryFollowUp(null, null, null, null, null, null, null, null)
                : StrictJson.read(json, followUpNode, RegistryFollowUp.class, "followUp.");
        List<FieldProblem> problems = followUpProblems(document, followUp);

        RetrospectiveIntake.ImportedCase stored;
        try {
            stored = intake.importCase(document, stageOf(followUp),
                    followUp.mdtDecision() == null ? null : followUp.mdtDecision().decisionCode().name());
        } catch (ReferralRejectedException rejected) {
            List<FieldProblem> all = new ArrayList<>(rejected.problems());
            all.addAll(problems);
            throw new RegistryImportRejectedException(all);
        }
        if (!problems.isEmpty()) {
            throw new RegistryImportRejectedException(problems);
        }
        StoredEvaluation evaluation = evaluations.record(stored.caseId(), stored.evaluation(), TRIGGER);
        RegistryFollowUp.VitalStatusReport vital = followUp.vitalStatus();
        if (vital != null && vital.status() == VitalStatus.DEAD) {
            endOfFollowUp.record(stored.caseId(), EndReason.DEATH, vital.deathDate(),
                    "Registry import; cause of death " + vital.causeOfDeath());
        }
        registryCases.save(new RegistryCaseEntity(stored.caseId(), stored.centerId(), stored.patientId(),
                json.valueToTree(followUp), parseOrNull(document.asOfDate()), evaluation.id()));
        return new ImportedCase(stored.caseId(), stored.patientId(), evaluation.id(), evaluation.finalStatus());
    }

    private List<FieldProblem> followUpProblems(CaseDocument document, RegistryFollowUp followUp) {
        List<FieldProblem> problems = new ArrayList<>(validator.validate(followUp).stream()
                .map(v -> new FieldProblem("followUp." + v.getPropertyPath().toString().replace(".<list element>", "")
                        .replaceAll("<list element>", ""), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
        Set<String> tumorIds = document.tumors() == null ? Set.of() : document.tumors().stream()
                .filter(t -> t != null && t.tumorId() != null).map(TumorData::tumorId).collect(Collectors.toSet());
        LocalDate referralDate = document.dates() == null ? null : parseOrNull(document.dates().referralDate());
        problems.addAll(FollowUpChecks.check(followUp, tumorIds, referralDate, LocalDate.now(clock)));
        return problems;
    }

    /** Where the past case stands now: it ended with a death, is in surveillance after its sessions, or was only referred. */
    static CaseStage stageOf(RegistryFollowUp followUp) {
        if (followUp.vitalStatus() != null && followUp.vitalStatus().status() == VitalStatus.DEAD) {
            return CaseStage.END_OF_FOLLOW_UP;
        }
        if (!followUp.sessions().isEmpty()) {
            return CaseStage.SURVEILLANCE;
        }
        if (followUp.mdtDecision() != null) {
            return followUp.mdtDecision().decisionCode().nextStage();
        }
        return CaseStage.REFERRAL;
    }

    private static LocalDate parseOrNull(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException invalid) {
            return null;
        }
    }
}
