package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonProperty;

/** CALC-01 Child-Pugh: total points (5–15), class A/B/C, label such as {@code B7}, and the points per parameter. */
public record ChildPughData(int points, @JsonProperty("class") String childPughClass, String label,
                            Subscores subscores) {

    public record Subscores(int bilirubin, int albumin, int inr, int ascites, int encephalopathy) {
    }
}
