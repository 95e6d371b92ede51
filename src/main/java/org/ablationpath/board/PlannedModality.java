package org.ablationpath.board;

/** The ablation modality the board plans for its target tumours (outcomes.md 4.8 MdtDecision.tumorPlans). */
public enum PlannedModality {
    RFA, MWA, CRYO, LASER, IRE, ECT, HIFU, MRGFUS, PEI
}
