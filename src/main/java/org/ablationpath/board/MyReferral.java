package org.ablationpath.board;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case the signed-in physician referred: its stage, the next step, the latest decision code, and what the board's
 * nomination check found missing (empty when nothing).
 */
public record MyReferral(UUID caseId, String patientPseudonym, LocalDate referralDate, String stage, String stageCode,
                         String nextStep, String decisionCode, LocalDate nextMeeting, List<String> missingForBoard) {
}
