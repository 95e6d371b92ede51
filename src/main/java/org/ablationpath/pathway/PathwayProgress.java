package org.ablationpath.pathway;

import java.time.Instant;
import java.util.List;

/** Where a case stands on its pathway: the BPMN the engine runs, the current steps, and what happened when. */
public record PathwayProgress(String bpmnXml, List<String> currentActivityIds, List<Step> timeline) {

    /** One step of the pathway as it happened. */
    public record Step(String activityId, String name, String type, Instant started, Instant ended, String assignee) {
    }
}
