package org.ablationpath.procedure;

/** AblationApplication.applicatorType of outcomes.md 4.10. */
public enum ApplicatorType {
    RF_SINGLE,
    RF_CLUSTER,
    RF_MULTITINED,
    RF_BIPOLAR,
    MW_ANTENNA,
    CRYOPROBE,
    IRE_ELECTRODE,
    LASER_FIBRE,
    ECT_NEEDLE_ELECTRODE,
    ECT_PLATE_ELECTRODE,
    HIFU_TRANSDUCER
}
