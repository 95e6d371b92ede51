package org.ablationpath.pathway.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.followup.ScheduledVisit;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * ALR-11 (FUP-03, STG-09): response points met by imaging without contrast, or not met because the study predates
 * their window, are watched until their window closes, by the case's main pathway (its event sub-process), so that
 * whatever ends the case ends the watch too.
 */
@Component
class ResponseContrastWatch {

    static final String RESPONSE_IMAGING_WITHOUT_CONTRAST = "ResponseImagingWithoutContrast";

    private final RuntimeService runtime;

    ResponseContrastWatch(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts one watch for these points, closing the day after the latest window end among them; none for no points. */
    void start(UUID caseId, List<ScheduledVisit> metWithoutContrast) {
        if (metWithoutContrast.isEmpty()) {
            return;
        }
        ScheduledVisit latest = metWithoutContrast.stream().max(Comparator.comparing(ScheduledVisit::windowEnd)).orElseThrow();
        // only the main process subscribes to the message; the episode's instance shares its business key
        runtime.createMessageCorrelation(RESPONSE_IMAGING_WITHOUT_CONTRAST)
                .processInstanceBusinessKey(caseId.toString())
                .setVariableLocal(ProcessVariables.CONTRAST_WATCH_VISITS, join(metWithoutContrast.stream().map(ScheduledVisit::id).toList()))
                .setVariableLocal(ProcessVariables.CONTRAST_WATCH_CLOSES, PathwayTimers.closingOf(latest.windowEnd()))
                .correlateAllWithResult();
    }

    static String join(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    static List<UUID> split(Object ids) {
        return ids == null || ids.toString().isBlank() ? List.of()
                : Arrays.stream(ids.toString().split(",")).map(UUID::fromString).toList();
    }
}
