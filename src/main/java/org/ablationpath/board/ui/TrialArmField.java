package org.ablationpath.board.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.ablationpath.board.DecisionCode;

/**
 * pathway.md section 6: with a CLINICAL_TRIAL decision the board says whether the trial treatment is an ablation
 * (then the case goes to the procedure). A yes/no choice with nothing preselected, so the answer is the board's; shown
 * only with CLINICAL_TRIAL and cleared otherwise.
 */
class TrialArmField extends RadioButtonGroup<Boolean> {

    TrialArmField() {
        setId("trialArmAblation");
        setLabel(getTranslation("board.trialArmAblation"));
        setItems(Boolean.TRUE, Boolean.FALSE);
        setItemLabelGenerator(yes -> getTranslation(yes ? "board.trialArmAblation.yes" : "board.trialArmAblation.no"));
        setVisible(false);
    }

    /** Follows the chosen decision code. */
    void follow(DecisionCode code) {
        boolean trial = code == DecisionCode.CLINICAL_TRIAL;
        setVisible(trial);
        if (!trial) {
            clear();
        }
    }

    /** Whether the decision as chosen so far includes an ablation. */
    boolean ablative(DecisionCode code) {
        return code != null && code.ablative(getValue());
    }
}
