package org.ablationpath.eligibility.internal;

/**
 * Case-wide settings the clinical rules branch on: the rule profile (INTL or CN, catalogue section 1) and the
 * planned modality (null when not chosen yet). Besides this fact the clinical rules see the case document's
 * sections as facts: {@code PatientData}, {@code DiseaseData} and {@code LabData} (canonical units), one
 * {@link TumorFact} per tumour record, {@link CaseFacts} and the computed scores.
 */
public final class CaseContext {

    private final String ruleProfile;
    private final String plannedModality;

    public CaseContext(String ruleProfile, String plannedModality) {
        this.ruleProfile = ruleProfile;
        this.plannedModality = plannedModality;
    }

    public String getRuleProfile() { return ruleProfile; }
    public String getPlannedModality() { return plannedModality; }

    @Override
    public String toString() { return "CaseContext(" + ruleProfile + ", planned " + plannedModality + ")"; }
}
