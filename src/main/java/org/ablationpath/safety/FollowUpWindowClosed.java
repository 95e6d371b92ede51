package org.ablationpath.safety;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up window closed without its contact or imaging (pathway.md FUP-03, FUP-04): the safety rules raise ALR-10
 * or ALR-11 from it. Published by the module that owns the visits (followup); it lives here, in the safety module's
 * public package, because followup already reports adverse events through safety, so safety may not depend on
 * followup (a cycle).
 *
 * @param visitId           the grid point whose window closed
 * @param scheduleId        its schedule (FUP-LIV-01, FUP-KID-01, ...); ALR-11 applies to the liver, kidney, lung and
 *                          pancreas schedules only
 * @param responseVisit     the point is the response visit (imaging at day 21 to 56 after a session)
 * @param consecutiveMisses contacts missed in a row, this one included (two or more: lost-to-follow-up risk)
 * @param withoutContrast   the response visit was met inside its window by imaging without contrast, and no contrast
 *                          study followed before the window closed (ALR-11 still applies, ALR-10 does not)
 */
public record FollowUpWindowClosed(UUID caseId, String centerId, UUID visitId, String scheduleId, String gridLabel,
                                   LocalDate windowStart, LocalDate windowEnd, boolean responseVisit,
                                   int consecutiveMisses, boolean withoutContrast) {
}
