package org.ablationpath.identity;

/** A participating hospital; its rule profile selects the INTL or CN branches of the eligibility rules. */
public record Center(String id, String name, String country, String ruleProfile) {
}
