package org.ablationpath.eligibility.internal;

import org.ablationpath.eligibility.CaseDocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case document prepared for the rules: the document with measured values in canonical units, the facts to
 * insert, and the resolved evaluation date and profile.
 */
public record NormalizedCase(
        CaseDocument document,
        List<Object> facts,
        LocalDate evaluationDate,
        String ruleProfile,
        Integer ageYears,
        Map<String, LocalDate> validDates) {
}
