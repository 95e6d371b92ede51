package org.ablationpath.outcomes.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.CenterRuleSets;
import org.ablationpath.eligibility.EligibilityEvaluation;
import org.ablationpath.followup.FollowUpPlan;
import org.ablationpath.followup.FollowUpPlanner;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.outcomes.CaseOutcomes;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.StrictJson;
import org.ablationpath.safety.AlertDraft;
import org.ablationpath.safety.CaseDocumentSafety;
import org.ablationpath.safety.FollowUpDocument;
import org.ablationpath.safety.LabGrade;
import org.ablationpath.safety.SafetyAssessment;
import org.ablationpath.safety.SafetyRules;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/evaluations/case} (contracts/case-evaluation.md): the eligibility evaluation of the document plus,
 * from its {@code followUp} block as of {@code asOfDate}, the adverse-event classification, lab grades, alerts and the
 * follow-up plan. Stateless: nothing is stored. Bad JSON, wrong types, impossible dates and unknown fields (also inside
 * {@code followUp}) are 400 problems naming the path; clinically invalid content is a 200 with validation INVALID.
 */
@RestController("caseDocumentEvaluationController") // pathway.web has a CaseEvaluationController bean (stored evaluations)
class CaseEvaluationController {

    private final CenterRuleSets ruleSets;
    private final SafetyRules safety;
    private final FollowUpPlanner planner;
    private final CaseOutcomes outcomes;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;

    CaseEvaluationController(CenterRuleSets ruleSets, SafetyRules safety, FollowUpPlanner planner, CaseOutcomes outcomes,
                             CurrentUser currentUser, ObjectMapper json, Clock clock) {
        this.ruleSets = ruleSets;
        this.safety = safety;
        this.planner = planner;
        this.outcomes = outcomes;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping(path = "/api/evaluations/case", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','NURSE','DATA_MANAGER')")
    ObjectNode evaluateCase(@RequestBody JsonNode document) {
        CaseDocument doc = StrictJson.read(json, document, CaseDocument.class, "");
        FollowUpDocument followUp = doc.followUp() == null || doc.followUp().isNull() ? null
                : StrictJson.read(json, doc.followUp(), FollowUpDocument.class, "followUp.");
        String center = currentUser.centerIds().stream().sorted().findFirst().orElse(null);
        EligibilityEvaluation eligibility = ruleSets.forCenter(center).evaluate(doc);
        LocalDate asOf = date(doc.asOfDate()).orElse(LocalDate.now(clock));

        ObjectNode out = json.valueToTree(eligibility);
        SafetyAssessment assessment = safety.assess(CaseDocumentSafety.facts(doc, eligibility.normalizedInputs().path("labs"),
                followUp, center, asOf.atStartOfDay(clock.getZone()).toInstant(), asOf));
        out.set("adverseEventClassification", json.valueToTree(assessment.adverseEvents()));
        out.set("labGrades", labGrades(assessment));
        out.set("alerts", alerts(assessment));
        Optional<FollowUpPlan> plan = plan(doc, followUp, asOf);
        plan.ifPresent(p -> out.set("followUpPlan", json.valueToTree(p)));
        if (followUp != null) {
            outcomes(doc, eligibility, asOf, plan, out);
        }
        out.put("safetyRulesVersion", assessment.rulesVersion());
        return out;
    }

    /**
     * The outcomes of the followUp block (outcomes.md OUT); a history that contradicts itself (VAL-05) makes the
     * answer INVALID with one error per path, as the contract asks of clinically invalid content.
     */
    private void outcomes(CaseDocument doc, EligibilityEvaluation eligibility, LocalDate asOf, Optional<FollowUpPlan> plan,
                          ObjectNode out) {
        List<String> tumorIds = doc.tumors() == null ? List.of()
                : doc.tumors().stream().filter(Objects::nonNull).map(t -> t.tumorId()).filter(Objects::nonNull).toList();
        CaseOutcomes.Evaluation evaluation = outcomes.evaluate(doc.followUp(), asOf, tumorIds,
                plan.map(FollowUpPlan::visits).orElse(List.of()));
        if (evaluation.valid()) {
            evaluation.outcomes().ifPresent(o -> out.set("outcomes", json.valueToTree(o)));
            followUpRules(eligibility, out);
            return;
        }
        ObjectNode validation = out.with("validation");
        validation.put("status", "INVALID");
        ArrayNode errors = validation.withArray("errors");
        for (FieldProblem problem : evaluation.problems()) {
            ObjectNode error = errors.addObject();
            error.put("rule", problem.rule() == null ? "VAL-05" : problem.rule());
            error.put("field", problem.field());
            error.put("message", problem.message());
        }
        out.with("eligibility").put("finalStatus", "INVALID");
    }

    /** The follow-up rules' findings (THY-06, DEC-07) and the thyroid VRR readings (CALC-06), under outcomes. */
    private void followUpRules(EligibilityEvaluation eligibility, ObjectNode out) {
        if (eligibility.followUpRulesFired().isEmpty() && eligibility.vrr().isEmpty()) {
            return;
        }
        ObjectNode outcomes = out.with("outcomes");
        outcomes.set("vrr", json.valueToTree(eligibility.vrr()));
        outcomes.set("rulesFiredOnFollowUp", json.valueToTree(eligibility.followUpRulesFired()));
    }

    /** Per analyte the worst post-procedure value (the latest of equal grades), with the date and rule that graded it. */
    private ObjectNode labGrades(SafetyAssessment assessment) {
        Map<String, LabGrade> worst = new LinkedHashMap<>();
        assessment.labGrades().stream().sorted(Comparator.comparing(LabGrade::date))
                .forEach(g -> worst.merge(g.analyte(), g, (a, b) -> b.grade() >= a.grade() ? b : a));
        ObjectNode grades = json.createObjectNode();
        worst.forEach((analyte, g) -> {
            ObjectNode n = grades.putObject(analyte);
            n.put("date", g.date().toString());
            n.put("value", g.value());
            n.put("baseline", g.baseline());
            n.put("uln", g.uln());
            n.put("lln", g.lln());
            n.put("baselineAbnormal", g.baselineAbnormal());
            n.put("ratioToUln", g.ratioToUln());
            n.put("ratioToBaseline", g.ratioToBaseline());
            n.put("grade", g.grade());
            n.put("rule", g.ruleId());
        });
        return grades;
    }

    private ArrayNode alerts(SafetyAssessment assessment) {
        ArrayNode alerts = json.createArrayNode();
        for (AlertDraft a : assessment.alerts()) {
            ObjectNode n = alerts.addObject();
            n.put("rule", a.ruleId());
            n.put("trigger", a.trigger());
            if (a.message() != null) {
                n.put("message", a.message());
            }
            n.put("priority", a.priority().name());
            n.set("recipients", json.valueToTree(a.recipientRoles()));
            n.put("causeKey", a.causeKey());
            if (a.dueAt() != null) {
                Duration within = Duration.between(a.raisedAt(), a.dueAt());
                if (within.toMinutes() < 60) {
                    n.put("ackWithinMinutes", within.toMinutes());
                } else {
                    n.put("ackWithinHours", within.toHours());
                }
                n.put("dueDate", a.dueAt().atZone(clock.getZone()).toLocalDate().toString());
            }
        }
        return alerts;
    }

    /** The grid of the first organ's schedule, anchored on the latest session up to the as-of date. */
    private Optional<FollowUpPlan> plan(CaseDocument doc, FollowUpDocument followUp, LocalDate asOf) {
        Optional<LocalDate> anchor = followUp == null ? Optional.empty() : followUp.procedures().stream()
                .map(FollowUpDocument.Procedure::date).filter(d -> d != null && !d.isAfter(asOf)).max(Comparator.naturalOrder());
        if (anchor.isEmpty() && doc.dates() != null) {
            anchor = date(doc.dates().procedureDate()).filter(d -> !d.isAfter(asOf));
        }
        if (anchor.isEmpty() || doc.tumors() == null) {
            return Optional.empty();
        }
        LocalDate session = anchor.get();
        return planner.schedulesByOrgan(doc.tumors().stream().filter(t -> t != null).toList()).values().stream()
                .flatMap(Optional::stream).findFirst().map(scheduleId -> planner.plan(scheduleId, session));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
