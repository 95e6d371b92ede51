/**
 * Outcomes registry: the standardized ablation outcomes derived from events (outcomes.md OUT), quality indicators,
 * Kaplan-Meier analyses, and the registry's import and export (CSV with data dictionary, HL7 FHIR R4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes")
package org.ablationpath.outcomes;
