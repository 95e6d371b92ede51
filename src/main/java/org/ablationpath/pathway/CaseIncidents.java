package org.ablationpath.pathway;

import java.util.List;
import java.util.UUID;

/**
 * Failed jobs of a case's processes and their retry: a step that failed (an unreachable service, data a delegate
 * could not store) waits as an incident instead of rolling back the user's work; once the cause is fixed, an
 * administrator or the center's nurse retries it. Only the case's centers see them.
 */
public interface CaseIncidents {

    /**
     * The incidents of a case of the user's centers, open ones first, then newest first; the read is logged.
     *
     * @throws org.ablationpath.platform.web.NotFoundException for an unknown case or another center's
     */
    List<CaseIncident> of(UUID caseId);

    /**
     * Gives the failed job of an open incident one more try (now); the engine resolves the incident, and a job that
     * fails again raises a new one. The retry is stored with who asked for it.
     *
     * @throws org.ablationpath.platform.web.NotFoundException for an unknown case or incident, or another center's
     * @throws org.ablationpath.platform.web.ConflictException when the incident is already resolved
     */
    CaseIncident retry(UUID caseId, String incidentId);

    /** Whether the signed-in user may retry (administrators and nurses). */
    boolean mayRetry();
}
