package org.ablationpath.safety.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.StrictJson;
import org.ablationpath.safety.Alert;
import org.ablationpath.safety.AlertRuleStatistics;
import org.ablationpath.safety.Alerts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alerts (safety.md 6): the caller's inbox, acknowledging one (400 naming {@code note} when blank, 409 when it was
 * acknowledged or escalated since the caller's {@code version}), a case's alerts, and per-rule statistics for the
 * registry.
 */
@RestController
class AlertController {

    private final Alerts alerts;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;

    AlertController(Alerts alerts, CurrentUser currentUser, ObjectMapper json, Clock clock) {
        this.alerts = alerts;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    /** What an acknowledgement sends: a short note and the version of the alert the user saw. */
    record Acknowledgement(String note, Long version) {
    }

    @GetMapping(path = "/api/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','BOARD_CHAIR','NURSE','DATA_MANAGER')")
    List<Alert> inbox() {
        return alerts.inbox();
    }

    @PostMapping(path = "/api/alerts/{alertId}/acknowledge", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','BOARD_CHAIR','NURSE','DATA_MANAGER')")
    Alert acknowledge(@PathVariable UUID alertId, @RequestBody JsonNode body) {
        Acknowledgement acknowledgement = StrictJson.read(json, body, Acknowledgement.class, "");
        List<FieldProblem> problems = new ArrayList<>();
        if (acknowledgement.note() == null || acknowledgement.note().isBlank()) {
            problems.add(new FieldProblem("note", "A short note is required to acknowledge an alert."));
        }
        if (acknowledgement.version() == null) {
            problems.add(new FieldProblem("version", "The version of the alert you saw is required."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return alerts.acknowledge(alertId, acknowledgement.note(), acknowledgement.version());
    }

    @GetMapping(path = "/api/cases/{caseId}/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','NURSE')")
    List<Alert> ofCase(@PathVariable UUID caseId) {
        return alerts.ofCase(caseId);
    }

    /** Alerts raised from {@code from} to {@code to} (inclusive days), by default the last 12 months, at the caller's center. */
    @GetMapping(path = "/api/alerts/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('DATA_MANAGER')")
    List<AlertRuleStatistics> statistics(@RequestParam(required = false) String centerId,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.now(clock);
        LocalDate first = from != null ? from : last.minusYears(1).plusDays(1);
        if (first.isAfter(last)) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("from", "The period starts after it ends.")));
        }
        String center = centerId != null ? centerId : currentUser.primaryCenterId();
        return alerts.statisticsPerRule(center, first.atStartOfDay(clock.getZone()).toInstant(),
                last.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
