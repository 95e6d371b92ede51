package org.ablationpath.eligibility.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The thresholds of the kidney, lung, bone, thyroid, pancreas and ECT rules (catalogue section 18 and the local
 * defaults named in those rules), read from the effective {@link RuleParameters}. Every getter is called once at
 * construction so that a missing or malformed value fails at start-up, not during an evaluation. Inserted into
 * every session next to {@link RuleParameters}, so the DRL never contains these numbers.
 */
public final class OrganParameters {

    private final Map<String, String> values;

    public OrganParameters(RuleParameters parameters) {
        this.values = parameters.asMap();
        getKidneyEligibleBelowMm();
        getKidneyT1aMaxMm();
        getLungNsclcMaxMm();
        getLungMetMaxCount();
        getLungMaxMm();
        getLungCrcBestSupportedMaxMm();
        getBonePainMinNrs();
        getThyroidMinBenignCytologies();
        getThyroidSuccessVrrPct();
        getThyroidRegrowthFactor();
        getPancreasMaxMm();
        getPancreasMinInductionMonths();
        getPancreasMinLifeExpectancyMonths();
        getPancreasMaxKpsNotEligible();
        getEctIntratumouralMaxNodes();
        getEctIntratumouralMaxMm();
    }

    private BigDecimal decimal(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("rule parameter not set: " + name);
        }
        return new BigDecimal(v);
    }

    private int integer(String name) {
        return decimal(name).intValueExact();
    }

    /** KID-01: a renal mass smaller than this (mm) is ELIGIBLE; from this size up to kidneyT1aMaxMm CAUTION. */
    public BigDecimal getKidneyEligibleBelowMm() { return decimal("kidneyEligibleBelowMm"); }
    /** KID-01/02: upper limit of cT1a (mm); larger masses are DISCUSS. */
    public BigDecimal getKidneyT1aMaxMm() { return decimal("kidneyT1aMaxMm"); }
    /** LUN-01: largest stage IA NSCLC (mm) in the ablation indication. */
    public BigDecimal getLungNsclcMaxMm() { return decimal("lungNsclcMaxMm"); }
    /** LUN-03: most lung metastases for ELIGIBLE. */
    public int getLungMetMaxCount() { return integer("lungMetMaxCount"); }
    /** LUN-03: largest lung metastasis (mm) for ELIGIBLE. */
    public BigDecimal getLungMaxMm() { return decimal("lungMaxMm"); }
    /** LUN-03: colorectal lung metastases all at most this size (mm) are the best-supported group (message only). */
    public BigDecimal getLungCrcBestSupportedMaxMm() { return decimal("lungCrcBestSupportedMaxMm"); }
    /** BON-01 / HIFU-01: pain (NRS) from which a palliative bone lesion counts as painful. */
    public int getBonePainMinNrs() { return integer("bonePainMinNrs"); }
    /** THY-02: benign cytology results required before ablation of a benign nodule. */
    public int getThyroidMinBenignCytologies() { return integer("thyroidMinBenignCytologies"); }
    /** CALC-06 / THY-06: VRR (%) at 6 months from which the ablation is a success. */
    public BigDecimal getThyroidSuccessVrrPct() { return decimal("thyroidSuccessVrrPct"); }
    /** CALC-06 / THY-06: regrowth when the volume exceeds this factor times the smallest post-ablation volume. */
    public BigDecimal getThyroidRegrowthFactor() { return decimal("thyroidRegrowthFactor"); }
    /** PAN-03: largest pancreatic tumour (mm) for IRE. */
    public BigDecimal getPancreasMaxMm() { return decimal("pancreasMaxMm"); }
    /** PAN-01: minimum months of induction chemotherapy. */
    public int getPancreasMinInductionMonths() { return integer("pancreasMinInductionMonths"); }
    /** PAN-07: a predicted survival below this many months is NOT_ELIGIBLE. */
    public int getPancreasMinLifeExpectancyMonths() { return integer("pancreasMinLifeExpectancyMonths"); }
    /** PAN-07: a KPS at or below this is NOT_ELIGIBLE (inclusion requires KPS above it). */
    public int getPancreasMaxKpsNotEligible() { return integer("pancreasMaxKpsNotEligible"); }
    /** ECT-02: most cutaneous nodules for intratumoural bleomycin under local anaesthesia. */
    public int getEctIntratumouralMaxNodes() { return integer("ectIntratumouralMaxNodes"); }
    /** ECT-02: largest cutaneous nodule (mm) for intratumoural bleomycin under local anaesthesia. */
    public BigDecimal getEctIntratumouralMaxMm() { return decimal("ectIntratumouralMaxMm"); }
}
