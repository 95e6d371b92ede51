/**
 * The registry's exchange with the outside: retrospective import of case documents (one, or a JSON/CSV batch with a
 * result per row), pseudonymized CSV export per entity with its generated data dictionary, and HL7 FHIR R4 bundles
 * per patient.
 */
package org.ablationpath.outcomes.exchange;
