package org.ablationpath.followup.internal;

import org.ablationpath.followup.FollowUpPlanner;
import org.ablationpath.followup.PlannedVisit;

/**
 * What a grid point is for: the day-7 call and the response imaging belong to the procedure episode (STG-08/09),
 * the other points to surveillance (STG-10).
 */
public enum PointKind {
    PHONE_CALL,
    RESPONSE,
    VISIT;

    static PointKind of(FollowUpPlanner planner, String scheduleId, PlannedVisit point) {
        if ("PHONE".equals(point.type()) && point.label().startsWith("D")) {
            return PHONE_CALL;
        }
        return planner.responseVisitLabel(scheduleId).filter(point.label()::equals).isPresent() ? RESPONSE : VISIT;
    }
}
