package org.ablationpath.procedure;

/**
 * Ablation modality of outcomes.md 4.8 / 4.10, with the groups by which 4.10 makes application fields conditional:
 * power for RF, microwave and laser; energy-on time for the thermal modalities (heat and cold: RFA, MWA, laser, HIFU,
 * MRgFUS and cryoablation, as in the terminology of outcomes.md section 1); freeze–thaw for cryo; pulse parameters
 * for IRE; drug, dose and route for electrochemotherapy.
 */
public enum Modality {
    RFA,
    MWA,
    CRYO,
    LASER,
    IRE,
    ECT,
    HIFU,
    MRGFUS,
    PEI;

    /** powerW is required (4.10: conditional for RF, MW, laser). */
    public boolean deliversPower() {
        return this == RFA || this == MWA || this == LASER;
    }

    /** durationSec is required (4.10: conditional for thermal modalities). */
    public boolean thermal() {
        return deliversPower() || this == HIFU || this == MRGFUS || this == CRYO;
    }
}
