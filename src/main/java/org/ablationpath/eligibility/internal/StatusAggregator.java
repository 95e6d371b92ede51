package org.ablationpath.eligibility.internal;

import org.ablationpath.eligibility.EligibilityResult;
import org.ablationpath.eligibility.FiredRule;
import org.ablationpath.eligibility.TumorData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Catalogue section 1, steps 4 and 5: the final status is the most severe outcome fired; an organ for which no
 * indication rule fired makes the case DISCUSS ("outside the indication catalogue"); a NOT_ELIGIBLE is correctable
 * only if every NOT_ELIGIBLE that fired is.
 */
public final class StatusAggregator {

    /** Most severe first. INFO, MODALITY, DECISION and MODALITY_CONTRAINDICATED do not change the status. */
    private static final List<String> SEVERITY = List.of("INVALID", "NOT_ELIGIBLE", "DISCUSS", "CAUTION", "ELIGIBLE");

    static final String NO_INDICATION_ID = "NO-INDICATION";
    private static final String NO_INDICATION_RATIONALE =
            "If no indication rule for the organ fired, the status is DISCUSS (outside the indication catalogue)";
    private static final String NO_INDICATION_SOURCE = "eligibility catalogue, section 1 step 4 (aggregation)";

    private StatusAggregator() {
    }

    public static EligibilityResult aggregate(List<Finding> findings, List<TumorData> tumors) {
        List<FiredRule> fired = new ArrayList<>();
        for (Finding f : findings) {
            fired.add(new FiredRule(f.getRuleId(), f.getOutcome(), f.getMessage(), f.getRationale(), f.getSource(),
                    f.getTumorId()));
        }
        boolean invalid = findings.stream().anyMatch(f -> "INVALID".equals(f.getOutcome()));
        if (!invalid) {
            fired.addAll(organsWithoutIndication(findings, tumors));
        }
        String status = "ELIGIBLE";
        for (FiredRule r : fired) {
            int rank = SEVERITY.indexOf(r.outcome());
            if (rank >= 0 && rank < SEVERITY.indexOf(status)) {
                status = r.outcome();
            }
        }
        List<Finding> notEligible = findings.stream().filter(f -> "NOT_ELIGIBLE".equals(f.getOutcome())).toList();
        boolean correctable = "NOT_ELIGIBLE".equals(status) && notEligible.stream().allMatch(Finding::isCorrectable);
        Set<String> actions = new LinkedHashSet<>();
        // "@action("a | b")" lists two actions
        findings.stream().map(Finding::getRequiredAction).filter(Objects::nonNull)
                .flatMap(a -> java.util.Arrays.stream(a.split("\\s*\\|\\s*"))).filter(a -> !a.isBlank())
                .forEach(actions::add);
        return new EligibilityResult(status, correctable, List.copyOf(fired), List.copyOf(actions));
    }

    private static List<FiredRule> organsWithoutIndication(List<Finding> findings, List<TumorData> tumors) {
        Map<String, String> organByTumorId = new HashMap<>();
        Set<String> organs = new LinkedHashSet<>();
        for (TumorData t : tumors) {
            if (t != null && t.organ() != null) {
                organs.add(t.organ());
                if (t.tumorId() != null) {
                    organByTumorId.put(t.tumorId(), t.organ());
                }
            }
        }
        Set<String> indicated = new LinkedHashSet<>();
        findings.stream().filter(Finding::isIndication)
                .map(f -> f.getOrgan() != null ? f.getOrgan() : organByTumorId.get(f.getTumorId()))
                .filter(Objects::nonNull).forEach(indicated::add);
        List<FiredRule> out = new ArrayList<>();
        for (String organ : organs) {
            if (!indicated.contains(organ)) {
                out.add(new FiredRule(NO_INDICATION_ID, "DISCUSS",
                        "No indication rule fired for organ " + organ
                                + ": outside the indication catalogue",
                        NO_INDICATION_RATIONALE, NO_INDICATION_SOURCE, null));
            }
        }
        return out;
    }
}
