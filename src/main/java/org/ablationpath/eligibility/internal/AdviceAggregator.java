package org.ablationpath.eligibility.internal;

import org.ablationpath.eligibility.ModalityResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Catalogue section 15 aggregation. Per tumour: each modality stands in one list; the best list any rule gives it
 * (preferred &gt; acceptable &gt; discouraged), capped by demotions (MOVE_TO_...: they move a modality that another
 * rule listed for the tumour and add nothing by themselves), and contraindicated always wins.
 * Patient level: the union across tumours, each modality once in the best list any tumour gives it, except that
 * contraindicated (for any tumour or for the patient) always wins. Lists are sorted by name (they are sets).
 * Decision suggestions: every code once, ordered by rule id, then by the order within the rule.
 */
public final class AdviceAggregator {

    private static final int PREFERRED = 0;
    private static final int ACCEPTABLE = 1;
    private static final int DISCOURAGED = 2;
    private static final int CONTRAINDICATED = 3;

    private AdviceAggregator() {
    }

    public static ModalityResult modality(List<ModalityAdvice> advice) {
        List<ModalityAdvice> sorted = new ArrayList<>(advice);
        sorted.sort(Comparator.comparing(ModalityAdvice::getRuleId, Comparator.nullsLast(Comparator.naturalOrder())));

        Set<String> patientContraindicated = new TreeSet<>();
        Set<String> patientNotes = new LinkedHashSet<>();
        Map<String, TumorLists> tumors = new TreeMap<>();
        for (ModalityAdvice a : sorted) {
            if (a.getTumorKey() == null) {
                if (a.getKind() == ModalityAdvice.Kind.CONTRAINDICATED) {
                    patientContraindicated.addAll(a.getModalities());
                } else if (a.getKind() == ModalityAdvice.Kind.NOTE) {
                    patientNotes.add(a.getNote());
                } else {
                    throw new IllegalStateException("rule " + a.getRuleId() + ": a " + a.getKind()
                            + " modality advice needs a tumour");
                }
                continue;
            }
            tumors.computeIfAbsent(a.getTumorKey(), k -> new TumorLists()).add(a);
        }

        Map<String, ModalityResult> perTumor = new LinkedHashMap<>();
        Map<String, Integer> patientLevel = new HashMap<>();
        Set<String> notes = new LinkedHashSet<>(patientNotes);
        tumors.forEach((key, lists) -> {
            Map<String, Integer> levels = lists.levels(patientContraindicated);
            perTumor.put(key, result(levels, List.copyOf(lists.notes)));
            levels.forEach((modality, level) -> patientLevel.merge(modality, level,
                    (x, y) -> x == CONTRAINDICATED || y == CONTRAINDICATED ? CONTRAINDICATED : Math.min(x, y)));
            notes.addAll(lists.notes);
        });
        patientContraindicated.forEach(m -> patientLevel.put(m, CONTRAINDICATED));
        ModalityResult patient = result(patientLevel, List.copyOf(notes));
        return new ModalityResult(patient.preferred(), patient.acceptable(), patient.discouraged(),
                patient.contraindicated(), perTumor, patient.notes());
    }

    public static List<String> decisions(List<DecisionSuggestion> suggestions) {
        List<DecisionSuggestion> sorted = new ArrayList<>(suggestions);
        sorted.sort(Comparator.comparing(DecisionSuggestion::getRuleId, Comparator.nullsLast(Comparator.naturalOrder())));
        Set<String> codes = new LinkedHashSet<>();
        sorted.forEach(s -> codes.addAll(s.getCodes()));
        return List.copyOf(codes);
    }

    private static ModalityResult result(Map<String, Integer> levels, List<String> notes) {
        List<List<String>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        new TreeMap<>(levels).forEach((modality, level) -> lists.get(level).add(modality));
        return new ModalityResult(List.copyOf(lists.get(PREFERRED)), List.copyOf(lists.get(ACCEPTABLE)),
                List.copyOf(lists.get(DISCOURAGED)), List.copyOf(lists.get(CONTRAINDICATED)), Map.of(), notes);
    }

    /** The statements about one tumour. */
    private static final class TumorLists {
        private final Map<String, Integer> best = new HashMap<>();
        private final Map<String, Integer> cap = new HashMap<>();
        private final Set<String> contraindicated = new TreeSet<>();
        private final Set<String> notes = new LinkedHashSet<>();

        void add(ModalityAdvice a) {
            switch (a.getKind()) {
                case PREFERRED -> a.getModalities().forEach(m -> best.merge(m, PREFERRED, Math::min));
                case ACCEPTABLE -> a.getModalities().forEach(m -> best.merge(m, ACCEPTABLE, Math::min));
                case DISCOURAGED -> a.getModalities().forEach(m -> best.merge(m, DISCOURAGED, Math::min));
                case MOVE_TO_ACCEPTABLE -> a.getModalities().forEach(m -> cap.merge(m, ACCEPTABLE, Math::max));
                case MOVE_TO_DISCOURAGED -> a.getModalities().forEach(m -> cap.merge(m, DISCOURAGED, Math::max));
                case CONTRAINDICATED -> contraindicated.addAll(a.getModalities());
                case NOTE -> notes.add(a.getNote());
            }
        }

        Map<String, Integer> levels(Set<String> patientContraindicated) {
            Map<String, Integer> out = new HashMap<>(best);
            cap.forEach((m, c) -> out.computeIfPresent(m, (k, level) -> Math.max(level, c)));
            contraindicated.forEach(m -> out.put(m, CONTRAINDICATED));
            patientContraindicated.forEach(m -> out.put(m, CONTRAINDICATED));
            return out;
        }
    }
}
