package org.ablationpath.followup;

import java.util.Optional;

/**
 * What a surveillance visit found (pathway.md STG-10), with the disease event it records (outcomes.md 4.14) and
 * whether it leaves surveillance for the board.
 */
public enum VisitFinding {
    NO_EVIDENCE_OF_DISEASE(null, false),
    LTP(DiseaseEventType.LTP, true),
    NEW_INTRA_ORGAN_TUMOUR(DiseaseEventType.INTRA_ORGAN_DISTANT, true),
    EXTRA_ORGAN_PROGRESSION(DiseaseEventType.EXTRA_ORGAN, true),
    /** STG-10: brings imaging forward (ALR-15), does not go to the board. */
    MARKER_RISE_WITHOUT_IMAGING_CORRELATE(DiseaseEventType.MARKER_ONLY, false),
    /** e.g. decompensation of cirrhosis: to the board, but no tumour event. */
    CLINICAL_DETERIORATION(null, true);

    private final DiseaseEventType eventType;
    private final boolean toBoard;

    VisitFinding(DiseaseEventType eventType, boolean toBoard) {
        this.eventType = eventType;
        this.toBoard = toBoard;
    }

    public Optional<DiseaseEventType> diseaseEvent() {
        return Optional.ofNullable(eventType);
    }

    /** The {@link FollowUpRouting#VISIT_FINDING} value. */
    public String routing() {
        return toBoard ? FollowUpRouting.DISEASE_EVENT : FollowUpRouting.NO_DISEASE;
    }
}
