package org.ablationpath.outcomes.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.outcomes.OutcomeTimeline;

/**
 * One case as the registry stores it: its timeline plus the cohort attributes and checks that are not outcomes
 * (center, pseudonym, organ, histology, modality, intent, MDT before the first session, the first decision's
 * concordance, the number of board decisions and of those departing from the engine (QI-11), sessions' liver and
 * hepatic infection flags for QI-12, missing mandatory fields for QI-09).
 */
record CaseFacts(UUID caseId, String centerId, String pseudonym, String organ, String histology, String modality,
                 String intent, boolean mdtBeforeFirstSession, Boolean boardConcordant, int boardDecisions,
                 int boardDiscordant, OutcomeTimeline timeline, List<String> sessionsWithHepaticInfection,
                 List<String> sessionsWithMajorComplication, List<String> missingFields) {

    /** A case with at most one board decision: none when {@code boardConcordant} is null. */
    CaseFacts(UUID caseId, String centerId, String pseudonym, String organ, String histology, String modality,
              String intent, boolean mdtBeforeFirstSession, Boolean boardConcordant, OutcomeTimeline timeline,
              List<String> sessionsWithHepaticInfection, List<String> sessionsWithMajorComplication,
              List<String> missingFields) {
        this(caseId, centerId, pseudonym, organ, histology, modality, intent, mdtBeforeFirstSession, boardConcordant,
                boardConcordant == null ? 0 : 1, Boolean.FALSE.equals(boardConcordant) ? 1 : 0, timeline,
                sessionsWithHepaticInfection, sessionsWithMajorComplication, missingFields);
    }
}
