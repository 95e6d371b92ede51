package org.ablationpath.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.UserDirectory;
import org.springframework.stereotype.Service;

/**
 * What the rules page and {@code GET /api/rules} show: the rules, the rules version and effective parameters of the
 * caller's center, and for administrators those of every center.
 */
@Service
public class RulesCatalogue {

    /** The rule set of one center ({@code centerId} null for the defaults). */
    public record RuleSet(String centerId, String rulesVersion, Map<String, String> parameters, Map<String, String> overrides) {
    }

    /** The catalogue as the caller may see it. */
    public record View(RuleSet ruleSet, List<RuleInfo> rules, List<String> overrideReasons, List<RuleSet> centers) {
    }

    private final CenterRuleSets ruleSets;
    private final OverrideReasons reasons;
    private final CurrentUser currentUser;
    private final UserDirectory directory;

    RulesCatalogue(CenterRuleSets ruleSets, OverrideReasons reasons, CurrentUser currentUser, UserDirectory directory) {
        this.ruleSets = ruleSets;
        this.reasons = reasons;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** The rule set of the caller's (first) center, the defaults when the caller has none. */
    public RuleSet ownRuleSet() {
        String center = currentUser.centerIds().stream().sorted().findFirst().orElse(null);
        return ruleSet(center);
    }

    public RuleSet ruleSet(String centerId) {
        EligibilityService service = ruleSets.forCenter(centerId);
        return new RuleSet(centerId, service.rulesVersion(), service.parameters(), ruleSets.overridesOf(centerId));
    }

    /** Every center's rule set: administrators only; empty for everyone else. */
    public List<RuleSet> centerRuleSets() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            return List.of();
        }
        Set<String> centers = new TreeSet<>(ruleSets.configuredCenters().keySet());
        directory.centers().forEach(c -> centers.add(c.id()));
        List<RuleSet> result = new ArrayList<>();
        centers.forEach(c -> result.add(ruleSet(c)));
        return result;
    }

    public View view() {
        RuleSet own = ownRuleSet();
        return new View(own, ruleSets.forCenter(own.centerId()).catalogue(), reasons.codes(), centerRuleSets());
    }

    /** Case-insensitive match on id, outcome, rationale, source, evidence level or file. */
    public static boolean matches(RuleInfo rule, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(java.util.Locale.ROOT);
        for (String field : new String[] {rule.id(), rule.outcome(), rule.rationale(), rule.source(), rule.evidence(), rule.file()}) {
            if (field != null && field.toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
