package org.ablationpath.outcomes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ablationpath.outcomes.Cohort;
import org.ablationpath.outcomes.QualityIndicator;
import org.ablationpath.outcomes.RegistryAnalytics;
import org.ablationpath.outcomes.RegistryRecompute;
import org.ablationpath.outcomes.SurvivalCurve;
import org.ablationpath.outcomes.SurvivalEndpoint;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's analytics over the stored outcomes, across centers and aggregated (no patient rows), for data
 * managers and administrators. Cohort filters: center (repeatable), organ, histology, modality, intent, from, to.
 */
@RestController
@PreAuthorize("hasAnyRole('DATA_MANAGER','ADMIN')")
class RegistryController {

    private static final Set<String> GROUPINGS = Set.of("center", "modality", "organ", "none");

    private final RegistryAnalytics analytics;
    private final RegistryRecompute recompute;

    RegistryController(RegistryAnalytics analytics, RegistryRecompute recompute) {
        this.analytics = analytics;
        this.recompute = recompute;
    }

    @GetMapping(path = "/api/registry/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RegistryAnalytics.OutcomeSummary> outcomes(@RequestParam(defaultValue = "center") String by,
                                                   CohortFilter filter) {
        List<FieldProblem> problems = new ArrayList<>();
        String grouping = grouping(by, problems);
        Cohort cohort = filter.toCohort(problems);
        fail(problems);
        return analytics.outcomes(cohort, grouping);
    }

    @GetMapping(path = "/api/registry/quality-indicators", produces = MediaType.APPLICATION_JSON_VALUE)
    List<QualityIndicator> qualityIndicators(CohortFilter filter) {
        List<FieldProblem> problems = new ArrayList<>();
        Cohort cohort = filter.toCohort(problems);
        fail(problems);
        return analytics.qualityIndicators(cohort);
    }

    @GetMapping(path = "/api/registry/survival", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SurvivalCurve> survival(@RequestParam(defaultValue = "OS") String endpoint,
                                 @RequestParam(defaultValue = "none") String by,
                                 CohortFilter filter) {
        List<FieldProblem> problems = new ArrayList<>();
        SurvivalEndpoint chosen = null;
        try {
            chosen = SurvivalEndpoint.valueOf(endpoint.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("endpoint", "one of LTPFS, TTLTP, TTR, DFS, OS"));
        }
        String grouping = grouping(by, problems);
        Cohort cohort = filter.toCohort(problems);
        fail(problems);
        return analytics.survival(chosen, grouping, cohort);
    }

    /** The data manager's full recompute of every stored outcome. */
    @PostMapping(path = "/api/registry/recompute", produces = MediaType.APPLICATION_JSON_VALUE)
    RegistryRecompute.Result recompute() {
        return recompute.recomputeAll();
    }

    /** How many cases' recorded events the background worker has still to compute (ADR 0007). */
    record RecomputeQueue(long queued) {
    }

    /** The registry's lag behind the recorded events, as the dashboard shows it. */
    @GetMapping(path = "/api/registry/recompute-queue", produces = MediaType.APPLICATION_JSON_VALUE)
    RecomputeQueue recomputeQueue() {
        return new RecomputeQueue(recompute.queued());
    }

    private static String grouping(String by, List<FieldProblem> problems) {
        String value = by == null ? "none" : by.toLowerCase(Locale.ROOT);
        if (!GROUPINGS.contains(value)) {
            problems.add(new FieldProblem("by", "one of center, modality, organ, none"));
        }
        return value;
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
    }
}
