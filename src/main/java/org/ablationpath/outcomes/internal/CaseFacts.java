package org.ablationpath.outcomes.internal;

import java.util.List;
import java.util.UUID;
import org.ablationpath.outcomes.OutcomeTimeline;

/**
 * One case as the registry stores it: its timeline plus the cohort attributes and checks that are not outcomes
 * (center, pseudonym, organ, histology, modality, intent, MDT before the first session, concordance, sessions'
 * liver and hepatic infection flags for QI-12, missing mandatory fields for QI-09).
 */
record CaseFacts(UUID caseId, String centerId, String pseudonym, String organ, String histology, String modality,
                 String intent, boolean mdtBeforeFirstSession, Boolean boardConcordant, OutcomeTimeline timeline,
                 List<String> sessionsWithHepaticInfection, List<String> sessionsWithMajorComplication,
                 List<String> missingFields) {
}
