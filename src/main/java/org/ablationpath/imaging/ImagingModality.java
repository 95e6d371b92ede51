package org.ablationpath.imaging;

/** ImagingStudy.modality of outcomes.md 4.11. */
public enum ImagingModality {
    CT, MRI, CEUS, US, PET_CT, CXR
}
