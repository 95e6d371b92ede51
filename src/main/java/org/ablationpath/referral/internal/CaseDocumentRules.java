package org.ablationpath.referral.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.CenterRuleSets;
import org.ablationpath.eligibility.EligibilityEvaluation;
import org.ablationpath.platform.web.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * How a case document is judged before it is stored, the same for a referral and a work-up: evaluated in the
 * center's rule profile with the center's own rule parameters (e.g. its lab and imaging age limits); its validation
 * errors (VAL) are the problems, one per field path.
 */
@Component
class CaseDocumentRules {

    private final CenterRuleSets ruleSets;
    private final ObjectMapper json;

    CaseDocumentRules(CenterRuleSets ruleSets, ObjectMapper json) {
        this.ruleSets = ruleSets;
        this.json = json;
    }

    EligibilityEvaluation evaluate(String centerId, String ruleProfile, CaseDocument document) {
        // the center's configured profile decides which rule branches apply to its cases
        ObjectNode tree = json.valueToTree(document);
        tree.put("ruleProfile", ruleProfile);
        return ruleSets.forCenter(centerId).evaluate(json.convertValue(tree, CaseDocument.class));
    }

    static List<FieldProblem> problems(EligibilityEvaluation evaluation) {
        return evaluation.validation().errors().stream()
                .map(e -> new FieldProblem(e.field(), e.message(), e.rule()))
                .toList();
    }
}
