package org.ablationpath.safety.internal;

import java.time.LocalDate;

/** An imaging study's patient-level findings (new intra-organ tumour, extra-organ disease), for ALR-13. */
public record ImagingFact(LocalDate date, boolean newIntraOrganTumour, boolean extraOrganDisease) {
}
