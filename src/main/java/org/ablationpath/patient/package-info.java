/**
 * Patients (pseudonym, center, demographics, clinical status), their lesions and lab panels.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patient")
package org.ablationpath.patient;
