package org.ablationpath.safety;

/** Interventions an adverse event needed (outcomes.md 4.13). */
public enum Intervention {
    NONE, OBSERVATION, ORAL_MEDICATION, IV_MEDICATION, IV_ANTIBIOTICS, TRANSFUSION, PERCUTANEOUS_DRAINAGE, CHEST_TUBE,
    EMBOLIZATION, ENDOSCOPIC, SURGERY, ICU, DIALYSIS
}
