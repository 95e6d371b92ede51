/**
 * Safety: adverse events reported at any stage and their review by the operator (pathway.md STG-06 … STG-10,
 * safety.md). Alert rules and escalation build on this.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety")
package org.ablationpath.safety;
