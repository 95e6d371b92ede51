package org.ablationpath.safety;

/**
 * An adverse event classified in every system at once (safety.md 2 and 4; contract field names). Null where the
 * facts needed are missing, e.g. no CIRSE grade without the raw CIRSE facts, no timing without an attributed session.
 */
public record AeClassification(String ref, String ctcaeTerm, Integer ctcaeGrade, Integer gradeAtOnset, Integer finalGrade,
                               Integer dayPostProcedure, String timingCategory, Boolean withinPostAblationSyndromeWindow,
                               boolean expectedSideEffect, Integer cirse2017Grade, String sir2003Class,
                               String sir2017Severity, boolean majorComplication, boolean serious, Integer hospitalDays) {
}
