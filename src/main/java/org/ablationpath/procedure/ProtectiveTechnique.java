package org.ablationpath.procedure;

/** Procedure.protectiveTechniques of outcomes.md 4.9. */
public enum ProtectiveTechnique {
    HYDRODISSECTION,
    ARTIFICIAL_ASCITES,
    ARTIFICIAL_PLEURAL_EFFUSION,
    CO2_DISSECTION,
    BALLOON_INTERPOSITION,
    PYELOPERFUSION,
    BILE_DUCT_COOLING,
    THERMOMONITORING
}
