package org.ablationpath.safety;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * The admission and discharge dates of an adverse event show only while "hospitalised" is ticked, and are cleared
 * when it is unticked, so a form never sends dates for a stay it does not report. Shared by the case page's report
 * dialog and the follow-up visit form's adverse-event rows.
 */
public final class HospitalisationDates {

    private HospitalisationDates() {
    }

    public static void showWhileTicked(Checkbox hospitalised, DatePicker admission, DatePicker discharge) {
        admission.setVisible(false);
        discharge.setVisible(false);
        hospitalised.addValueChangeListener(e -> {
            admission.setVisible(e.getValue());
            discharge.setVisible(e.getValue());
            if (!e.getValue()) {
                admission.clear();
                discharge.clear();
            }
        });
    }
}
