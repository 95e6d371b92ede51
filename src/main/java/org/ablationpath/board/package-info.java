/**
 * Tumor board decisions: decision code, intent, rationale, override reason, and their concordance with the
 * recommendation the board saw (pathway.md STG-04 and section 6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Board")
package org.ablationpath.board;
