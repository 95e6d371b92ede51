package org.ablationpath.followup;

/** What was done for an adverse event (outcomes.md 4.13 AdverseEvent.interventions). */
public enum AeIntervention {
    NONE, OBSERVATION, ORAL_MEDICATION, IV_MEDICATION, IV_ANTIBIOTICS, TRANSFUSION, PERCUTANEOUS_DRAINAGE, CHEST_TUBE,
    EMBOLIZATION, ENDOSCOPIC, SURGERY, ICU, DIALYSIS
}
