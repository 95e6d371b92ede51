/**
 * Procedures: the pre-procedure checklist (STG-05), the record of each ablation session with one application per
 * tumour and applicator position (STG-06, outcomes.md 4.9 and 4.10), and observation and discharge (STG-07).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedure")
package org.ablationpath.procedure;
