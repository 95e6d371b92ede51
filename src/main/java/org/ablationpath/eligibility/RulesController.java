package org.ablationpath.eligibility;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rules catalogue ({@code GET /api/rules}) and the override statistics per rule for the registry. */
@RestController
class RulesController {

    private final RulesCatalogue catalogue;
    private final EvaluationReviews reviews;

    RulesController(RulesCatalogue catalogue, EvaluationReviews reviews) {
        this.catalogue = catalogue;
        this.reviews = reviews;
    }

    @GetMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','BOARD_CHAIR','NURSE','DATA_MANAGER','ADMIN')")
    RulesCatalogue.View rules() {
        return catalogue.view();
    }

    @GetMapping(path = "/api/rules/override-statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','DATA_MANAGER')")
    List<OverrideStatistic> overrideStatistics() {
        return reviews.overrideStatistics();
    }
}
