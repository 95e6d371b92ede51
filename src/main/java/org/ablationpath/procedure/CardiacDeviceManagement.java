package org.ablationpath.procedure;

/** How a cardiac implantable device is handled (GEN-08; Procedure.cardiacDeviceManaged of outcomes.md 4.9). */
public enum CardiacDeviceManagement {
    REPROGRAMMED,
    MAGNET,
    MONITORED_ONLY
}
