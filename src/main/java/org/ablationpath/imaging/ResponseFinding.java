package org.ablationpath.imaging;

/**
 * What a response assessment means for the pathway (pathway.md STG-09 gateway), most urgent first: new disease or
 * residual tumour, then a margin below its target, then an equivocal study; complete otherwise.
 */
public enum ResponseFinding {
    NEW_DISEASE,
    RESIDUAL,
    MARGIN_BELOW_TARGET,
    EQUIVOCAL,
    COMPLETE
}
