package org.ablationpath.platform.web;

/** One failing input, named by its JSON path (e.g. {@code tumors[0].maxDiameterMm}), with the rule that rejected it. */
public record FieldProblem(String field, String message, String rule) {
    public FieldProblem(String field, String message) {
        this(field, message, null);
    }
}
