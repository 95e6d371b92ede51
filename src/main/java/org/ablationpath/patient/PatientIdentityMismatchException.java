package org.ablationpath.patient;

/** The pseudonym exists in the center with another sex or birth date: most likely a typing error, never merged. */
public class PatientIdentityMismatchException extends RuntimeException {
    public PatientIdentityMismatchException() {
        super("A patient with this pseudonym exists in the center with a different sex or birth date.");
    }
}
