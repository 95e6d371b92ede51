package org.ablationpath.board;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The specialties that must be present for a quorate decision (pathway.md section 6.1): each requirement is met by
 * any one of its alternatives. Written as text: requirements separated by commas, alternatives by a bar, e.g.
 * {@code CHAIR, INTERVENTIONAL_RADIOLOGY, HEPATOLOGY|MEDICAL_ONCOLOGY}.
 */
public record QuorumPolicy(List<Set<Specialty>> requirements) {

    public QuorumPolicy {
        requirements = requirements.stream().map(Set::copyOf).toList();
    }

    public static QuorumPolicy none() {
        return new QuorumPolicy(List.of());
    }

    /** Parses the written form; an unknown specialty is an IllegalArgumentException naming it. */
    public static QuorumPolicy parse(String text) {
        if (text == null || text.isBlank()) {
            return none();
        }
        List<Set<Specialty>> requirements = new ArrayList<>();
        for (String requirement : text.split(",")) {
            if (requirement.isBlank()) {
                continue;
            }
            Set<Specialty> alternatives = EnumSet.noneOf(Specialty.class);
            for (String name : requirement.split("\\|")) {
                try {
                    alternatives.add(Specialty.valueOf(name.strip()));
                } catch (IllegalArgumentException unknown) {
                    throw new IllegalArgumentException("Unknown specialty '" + name.strip() + "'; one of "
                            + Arrays.toString(Specialty.values()));
                }
            }
            requirements.add(alternatives);
        }
        return new QuorumPolicy(requirements);
    }

    /** Both policies' requirements, without repeating one (a case with tumours in two organs). */
    public QuorumPolicy and(QuorumPolicy other) {
        List<Set<Specialty>> all = new ArrayList<>(requirements);
        other.requirements.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return new QuorumPolicy(all);
    }

    /** The requirements no present specialty meets, in written form. */
    public List<String> missing(Collection<Specialty> present) {
        return requirements.stream().filter(r -> r.stream().noneMatch(present::contains)).map(QuorumPolicy::written).toList();
    }

    public List<String> written() {
        return requirements.stream().map(QuorumPolicy::written).toList();
    }

    @Override
    public String toString() {
        return String.join(", ", written());
    }

    private static String written(Set<Specialty> alternatives) {
        return alternatives.stream().sorted().map(Enum::name).collect(Collectors.joining("|"));
    }
}
