package org.ablationpath.eligibility.internal;

/**
 * Inserted by the {@link RuleEngine} before the "advice" group runs (catalogue section 1, step 6).
 * {@code modalityComputed} is false when a non-correctable NOT_ELIGIBLE fired in the clinical group: then no MOD
 * rule may fire, and DEC rules fire only where the catalogue says so (liver tumours; DEC-14 for the pancreas).
 * (INVALID cases never reach the advice group.)
 */
public final class AdviceGate {

    private final boolean modalityComputed;

    public AdviceGate(boolean modalityComputed) {
        this.modalityComputed = modalityComputed;
    }

    public boolean isModalityComputed() { return modalityComputed; }

    @Override
    public String toString() { return "AdviceGate(modalityComputed=" + modalityComputed + ")"; }
}
