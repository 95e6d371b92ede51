package org.ablationpath.eligibility;

/** One failing input: the VAL rule, the field path (e.g. {@code tumors[0].maxDiameterMm}) and a message naming it. */
public record ValidationError(String rule, String field, String message) {
}
