package org.ablationpath.eligibility.internal;

import org.kie.api.definition.rule.Rule;

import java.util.List;

/**
 * One modality statement of a rule (catalogue section 15), for one tumour or, with no tumour, for the patient.
 * Inserted from rule consequences with the factory methods below (see the API comment at the top of
 * rules/eligibility/modality-liver.drl);
 * {@link AdviceAggregator} turns all of them into the response's modality lists. Kinds:
 * <ul>
 *   <li>PREFERRED / ACCEPTABLE / DISCOURAGED: put the modality in that list; when several rules list the same
 *       modality for the same tumour, the best list wins (preferred &gt; acceptable &gt; discouraged);</li>
 *   <li>MOVE_TO_ACCEPTABLE / MOVE_TO_DISCOURAGED: demote: a modality that another rule listed for the tumour ends
 *       in that list or a worse one, whatever the other rules say (MOD-03 moves RFA to discouraged, MOD-04 makes
 *       MWA and RFA only acceptable); a modality nobody listed stays unlisted;</li>
 *   <li>CONTRAINDICATED: always wins; a patient-level contraindication (no tumour) applies to every tumour;</li>
 *   <li>NOTE: free text shown with the lists.</li>
 * </ul>
 */
public final class ModalityAdvice {

    public enum Kind { PREFERRED, ACCEPTABLE, DISCOURAGED, CONTRAINDICATED, MOVE_TO_ACCEPTABLE, MOVE_TO_DISCOURAGED, NOTE }

    private final String ruleId;
    private final String tumorKey;
    private final Kind kind;
    private final List<String> modalities;
    private final String note;

    public ModalityAdvice(String ruleId, String tumorKey, Kind kind, List<String> modalities, String note) {
        this.ruleId = ruleId;
        this.tumorKey = tumorKey;
        this.kind = kind;
        this.modalities = List.copyOf(modalities);
        this.note = note;
    }

    private static ModalityAdvice of(Rule rule, TumorFact tumor, Kind kind, String... modalities) {
        return new ModalityAdvice(RuleMetadata.text(rule.getMetaData(), "id"), tumor == null ? null : tumor.getKey(),
                kind, List.of(modalities), null);
    }

    public static ModalityAdvice preferred(Rule rule, TumorFact tumor, String... modalities) {
        return of(rule, tumor, Kind.PREFERRED, modalities);
    }

    public static ModalityAdvice acceptable(Rule rule, TumorFact tumor, String... modalities) {
        return of(rule, tumor, Kind.ACCEPTABLE, modalities);
    }

    public static ModalityAdvice discouraged(Rule rule, TumorFact tumor, String... modalities) {
        return of(rule, tumor, Kind.DISCOURAGED, modalities);
    }

    /** {@code tumor == null}: contraindicated for the patient, hence for every tumour. */
    public static ModalityAdvice contraindicated(Rule rule, TumorFact tumor, String... modalities) {
        return of(rule, tumor, Kind.CONTRAINDICATED, modalities);
    }

    public static ModalityAdvice moveToAcceptable(Rule rule, TumorFact tumor, String... modalities) {
        return of(rule, tumor, Kind.MOVE_TO_ACCEPTABLE, modalities);
    }

    public static ModalityAdvice moveToDiscouraged(Rule rule, TumorFact tumor, String... modalities) {
        return of(rule, tumor, Kind.MOVE_TO_DISCOURAGED, modalities);
    }

    public static ModalityAdvice note(Rule rule, TumorFact tumor, String note) {
        return new ModalityAdvice(RuleMetadata.text(rule.getMetaData(), "id"), tumor == null ? null : tumor.getKey(),
                Kind.NOTE, List.of(), note);
    }

    public String getRuleId() { return ruleId; }
    /** {@link TumorFact#getKey()} of the tumour, null for the patient. */
    public String getTumorKey() { return tumorKey; }
    public Kind getKind() { return kind; }
    public List<String> getModalities() { return modalities; }
    public String getNote() { return note; }

    @Override
    public String toString() {
        return ruleId + " " + kind + " " + (tumorKey == null ? "patient" : tumorKey) + " " + modalities
                + (note == null ? "" : " " + note);
    }
}
