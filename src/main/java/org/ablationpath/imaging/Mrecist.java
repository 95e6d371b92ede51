package org.ablationpath.imaging;

/** Modified RECIST response (TumorAssessment.mrecist, optional). */
public enum Mrecist {
    CR, PR, SD, PD
}
