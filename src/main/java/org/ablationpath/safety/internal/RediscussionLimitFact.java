package org.ablationpath.safety.internal;

/**
 * TMR-05 for ALR-13: the MDT rediscussion is due this many days after the detecting imaging date (pathway.md 7.1,
 * configuration {@code ablationpath.pathway.detection-to-mdt-days}, default 14).
 */
public record RediscussionLimitFact(int days) {
}
