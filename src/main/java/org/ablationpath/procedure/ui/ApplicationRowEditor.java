package org.ablationpath.procedure.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.procedure.AblationApplication;
import org.ablationpath.procedure.ApplicatorType;
import org.ablationpath.procedure.EctDoseUnit;
import org.ablationpath.procedure.EctDrug;
import org.ablationpath.procedure.EctRoute;
import org.ablationpath.procedure.Modality;

/**
 * One application of the procedure record (outcomes.md 4.10), with its own binder. The parameters a modality does
 * not use are hidden and emptied; those it requires are marked required.
 */
class ApplicationRowEditor extends VerticalLayout {

    final AblationApplication row;
    private final BeanValidationBinder<AblationApplication> binder = new BeanValidationBinder<>(AblationApplication.class);
    /** Every bound field by property name, for ids and server-reported problems. */
    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    final Select<String> tumorId = new Select<>();
    final Select<Modality> modality;
    final TextField deviceManufacturer = new TextField();
    final TextField deviceModel = new TextField();
    final TextField generatorModel = new TextField();
    final Select<ApplicatorType> applicatorType;
    final IntegerField applicatorGauge = new IntegerField();
    final IntegerField activeTipLengthMm = new IntegerField();
    final IntegerField numberOfApplicators = new IntegerField();
    final IntegerField numberOfPositions = new IntegerField();
    final BigDecimalField powerW = new BigDecimalField();
    final IntegerField durationSec = new IntegerField();
    final BigDecimalField energyKJ = new BigDecimalField();
    final BigDecimalField targetTemperatureC = new BigDecimalField();
    final IntegerField freezeThawCycles = new IntegerField();
    final IntegerField freezeMinutes = new IntegerField();
    final IntegerField thawMinutes = new IntegerField();
    final IntegerField electrodePairs = new IntegerField();
    final IntegerField pulsesPerPair = new IntegerField();
    final IntegerField voltageV = new IntegerField();
    final IntegerField pulseLengthUs = new IntegerField();
    final BigDecimalField currentA = new BigDecimalField();
    final Select<EctDrug> ectDrug;
    final BigDecimalField ectDose = new BigDecimalField();
    final Select<EctDoseUnit> ectDoseUnit;
    final Select<EctRoute> ectRoute;
    final IntegerField ablationZoneLongMm = new IntegerField();
    final IntegerField ablationZoneShortMm = new IntegerField();
    final Button remove = new Button();
    private final H4 title = new H4();

    ApplicationRowEditor(AblationApplication row, List<String> caseTumors) {
        this.row = row;
        setPadding(false);
        addClassName("application-row");
        modality = Controls.select(this, null, "procedure.application.modality", Modality.values(), "procedure.modality");
        applicatorType = Controls.select(this, null, "procedure.application.applicatorType", ApplicatorType.values(),
                "procedure.applicator");
        ectDrug = Controls.select(this, null, "procedure.application.ectDrug", EctDrug.values(), "procedure.ectDrug");
        ectDoseUnit = Controls.select(this, null, "procedure.application.ectDoseUnit", EctDoseUnit.values(),
                "procedure.ectDoseUnit");
        ectRoute = Controls.select(this, null, "procedure.application.ectRoute", EctRoute.values(), "procedure.ectRoute");
        tumorId.setLabel(getTranslation("procedure.application.tumorId"));
        tumorId.setItems(caseTumors);

        bind("tumorId", tumorId);
        bind("modality", modality);
        bind("deviceManufacturer", deviceManufacturer);
        bind("deviceModel", deviceModel);
        bind("generatorModel", generatorModel);
        bind("applicatorType", applicatorType);
        bind("applicatorGauge", applicatorGauge);
        bind("activeTipLengthMm", activeTipLengthMm);
        bind("numberOfApplicators", numberOfApplicators);
        bind("numberOfPositions", numberOfPositions);
        bind("powerW", powerW);
        bind("durationSec", durationSec);
        bind("energyKJ", energyKJ);
        bind("targetTemperatureC", targetTemperatureC);
        bind("freezeThawCycles", freezeThawCycles);
        bind("freezeMinutes", freezeMinutes);
        bind("thawMinutes", thawMinutes);
        bind("electrodePairs", electrodePairs);
        bind("pulsesPerPair", pulsesPerPair);
        bind("voltageV", voltageV);
        bind("pulseLengthUs", pulseLengthUs);
        bind("currentA", currentA);
        bind("ectDrug", ectDrug);
        bind("ectDose", ectDose);
        bind("ectDoseUnit", ectDoseUnit);
        bind("ectRoute", ectRoute);
        bind("ablationZoneLongMm", ablationZoneLongMm);
        bind("ablationZoneShortMm", ablationZoneShortMm);
        binder.setBean(row);

        modality.addValueChangeListener(e -> showParametersOf(e.getValue()));
        showParametersOf(row.getModality());
        remove.setText(getTranslation("procedure.application.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);

        HorizontalLayout header = new HorizontalLayout(title, remove);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        FormLayout form = new FormLayout();
        fields.values().forEach(field -> form.add((com.vaadin.flow.component.Component) field));
        add(header, form);
    }

    private void bind(String property, HasValue<?, ?> field) {
        if (field instanceof com.vaadin.flow.component.HasLabel labelled && labelled.getLabel() == null) {
            labelled.setLabel(getTranslation("procedure.application." + property));
        }
        binder.forField(field).bind(property);
        fields.put(property, field);
    }

    /** Shows the modality's conditional parameters (outcomes.md 4.10) and empties the others. */
    private void showParametersOf(Modality value) {
        boolean power = value != null && value.deliversPower();
        boolean thermal = value != null && value.thermal();
        boolean cryo = value == Modality.CRYO;
        boolean ire = value == Modality.IRE;
        boolean ect = value == Modality.ECT;
        conditional(power, powerW);
        conditional(thermal, durationSec);
        conditional(cryo, freezeThawCycles, freezeMinutes, thawMinutes);
        conditional(ire, electrodePairs, pulsesPerPair, voltageV, pulseLengthUs, currentA);
        conditional(ect, ectDrug, ectDose, ectDoseUnit, ectRoute);
    }

    private static void conditional(boolean required, AbstractField<?, ?>... conditionalFields) {
        for (AbstractField<?, ?> field : conditionalFields) {
            field.setVisible(required);
            field.setRequiredIndicatorVisible(required);
            if (!required) {
                field.clear();
            }
        }
    }

    /** Numbers the row (title, element ids) after rows were added or removed. */
    void number(int index) {
        title.setText(getTranslation("procedure.application.title", index + 1));
        fields.forEach((property, field) -> ((com.vaadin.flow.component.Component) field)
                .setId("applications-" + index + "-" + property));
        remove.setId("applications-" + index + "-remove");
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    void bindErrors(FieldErrors errors, int index) {
        fields.forEach((property, field) -> errors.bind("applications[" + index + "]." + property, (HasValidation) field));
    }
}
