package org.ablationpath.outcomes;

import java.time.LocalDate;
import java.util.Set;

/**
 * Registry cohort filters: centers (empty = every center the caller may see), organ, histology, modality, intent
 * and the period of the first session (from, to inclusive). Null means no filter.
 */
public record Cohort(Set<String> centers, String organ, String histology, String modality, String intent,
                     LocalDate from, LocalDate to) {

    public static final Cohort ALL = new Cohort(Set.of(), null, null, null, null, null, null);

    public Cohort {
        centers = centers == null ? Set.of() : Set.copyOf(centers);
    }

    public Cohort withCenters(Set<String> only) {
        return new Cohort(only, organ, histology, modality, intent, from, to);
    }
}
