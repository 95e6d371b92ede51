/**
 * Follow-up: the visit grid of each organ schedule (pathway.md section 7), visits and the nurse worklist.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package org.ablationpath.followup;
