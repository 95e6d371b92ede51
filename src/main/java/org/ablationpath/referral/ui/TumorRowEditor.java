package org.ablationpath.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import org.ablationpath.platform.ui.FieldErrors;

/** One tumor of the referral form, with its own binder so each row shows its own errors. */
class TumorRowEditor extends VerticalLayout {

    final Select<String> organ = new Select<>();
    final Select<String> histology = new Select<>();
    final Select<String> diagnosisBasis = new Select<>();
    final Select<String> liradsCategory = new Select<>();
    final NumberField maxDiameterMm = new NumberField();
    private final BeanValidationBinder<ReferralForm.TumorRow> binder = new BeanValidationBinder<>(ReferralForm.TumorRow.class);
    private final H4 title = new H4();
    final Button remove = new Button();

    TumorRowEditor(ReferralForm.TumorRow row) {
        setPadding(false);
        organ.setLabel(getTranslation("referral.tumor.organ"));
        organ.setItems(List.copyOf(ReferralOptions.HISTOLOGY_BY_ORGAN.keySet()));
        histology.setLabel(getTranslation("referral.tumor.histology"));
        diagnosisBasis.setLabel(getTranslation("referral.tumor.diagnosisBasis"));
        diagnosisBasis.setItems(ReferralOptions.DIAGNOSIS_BASIS);
        diagnosisBasis.setEmptySelectionAllowed(true);
        liradsCategory.setLabel(getTranslation("referral.tumor.lirads"));
        liradsCategory.setItems(ReferralOptions.LIRADS);
        liradsCategory.setEmptySelectionAllowed(true);
        maxDiameterMm.setLabel(getTranslation("referral.tumor.size"));
        maxDiameterMm.setMin(0);
        maxDiameterMm.setMax(300);
        remove.setText(getTranslation("referral.tumor.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);

        organ.addValueChangeListener(e -> {
            histology.setItems(ReferralOptions.HISTOLOGY_BY_ORGAN.getOrDefault(e.getValue(), List.of()));
            liradsCategory.setEnabled("LIVER".equals(e.getValue()));
        });
        binder.forField(organ).bind("organ");
        binder.forField(histology).bind("histology");
        binder.forField(diagnosisBasis).bind("diagnosisBasis");
        binder.forField(liradsCategory).bind("liradsCategory");
        binder.forField(maxDiameterMm).bind("maxDiameterMm");
        binder.setBean(row);

        FormLayout fields = new FormLayout(organ, histology, diagnosisBasis, liradsCategory, maxDiameterMm);
        add(new HorizontalLayout(title, remove), fields);
    }

    void number(int index) {
        title.setText(getTranslation("referral.tumor", index + 1));
        organ.setId("tumor-" + index + "-organ");
        histology.setId("tumor-" + index + "-histology");
        diagnosisBasis.setId("tumor-" + index + "-diagnosisBasis");
        liradsCategory.setId("tumor-" + index + "-lirads");
        maxDiameterMm.setId("tumor-" + index + "-size");
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    void bindErrors(FieldErrors errors, int index) {
        String prefix = "tumors[" + index + "].";
        errors.bind(prefix + "organ", organ).bind(prefix + "histology", histology)
                .bind(prefix + "diagnosisBasis", diagnosisBasis).bind(prefix + "liradsCategory", liradsCategory)
                .bind(prefix + "maxDiameterMm", maxDiameterMm);
    }
}
