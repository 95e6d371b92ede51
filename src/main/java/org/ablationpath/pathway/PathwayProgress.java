package org.ablationpath.pathway;

import java.time.Instant;
import java.util.List;

/**
 * Where a case stands on its pathway: the BPMN diagrams the engine runs with their current steps — the main
 * process first, then the called process it is in (procedure episode, visit, board review) — and what happened
 * when, deviations included.
 */
public record PathwayProgress(List<Diagram> diagrams, List<Step> timeline) {

    /**
     * One process's deployed definition (its BPMN is read by id, see {@code PathwayProgressReader#bpmnXml}) and the
     * steps of the case that are active in it (or where it ended).
     */
    public record Diagram(String processKey, String processName, String definitionId, List<String> currentActivityIds) {
    }

    /** One step of the pathway as it happened; {@code type} is the BPMN activity type, or {@code deviation}. */
    public record Step(String activityId, String name, String type, Instant started, Instant ended, String assignee) {
    }

    public static final String DEVIATION = "deviation";
}
