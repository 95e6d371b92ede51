package org.ablationpath.procedure;

/** What happens to anticoagulant/antiplatelet therapy before the procedure (STG-05 checklist, SIR tables). */
public enum AnticoagulationPlan {
    NOT_ON_ANTITHROMBOTICS,
    HOLD,
    HOLD_WITH_BRIDGING,
    CONTINUE
}
