package org.ablationpath.eligibility;

/**
 * One entry of the rules catalogue, read from the compiled rules' metadata. A catalogue id that has several
 * outcomes (GEN-04: NOT_ELIGIBLE and CAUTION) has one entry per outcome.
 */
public record RuleInfo(String id, String outcome, String rationale, String source, String evidence, String file) {
}
