package org.ablationpath.procedure;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks {@link ModalityParameters}: the conditional requirements of outcomes.md 4.10, by modality group. */
public class ModalityParametersValidator implements ConstraintValidator<ModalityParameters, AblationApplication> {

    @Override
    public boolean isValid(AblationApplication application, ConstraintValidatorContext context) {
        if (application == null || application.getModality() == null) {
            return true;
        }
        Map<String, String> missing = missingParameters(application);
        if (missing.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        missing.forEach((field, messageKey) -> context.buildConstraintViolationWithTemplate("{" + messageKey + "}")
                .addPropertyNode(field).addConstraintViolation());
        return false;
    }

    /** Field name → message key of each parameter the application's modality requires and that is missing. */
    public static Map<String, String> missingParameters(AblationApplication a) {
        Map<String, String> missing = new LinkedHashMap<>();
        Modality modality = a.getModality();
        if (modality.deliversPower()) {
            require(missing, "powerW", a.getPowerW(), "procedure.application.powerRequired");
        }
        if (modality.thermal()) {
            require(missing, "durationSec", a.getDurationSec(), "procedure.application.durationRequired");
        }
        if (modality == Modality.CRYO) {
            String key = "procedure.application.cryoRequired";
            require(missing, "freezeThawCycles", a.getFreezeThawCycles(), key);
            require(missing, "freezeMinutes", a.getFreezeMinutes(), key);
            require(missing, "thawMinutes", a.getThawMinutes(), key);
        }
        if (modality == Modality.IRE) {
            String key = "procedure.application.ireRequired";
            require(missing, "electrodePairs", a.getElectrodePairs(), key);
            require(missing, "pulsesPerPair", a.getPulsesPerPair(), key);
            require(missing, "voltageV", a.getVoltageV(), key);
            require(missing, "pulseLengthUs", a.getPulseLengthUs(), key);
            require(missing, "currentA", a.getCurrentA(), key);
        }
        if (modality == Modality.ECT) {
            String key = "procedure.application.ectRequired";
            require(missing, "ectDrug", a.getEctDrug(), key);
            require(missing, "ectDose", a.getEctDose(), key);
            require(missing, "ectDoseUnit", a.getEctDoseUnit(), key);
            require(missing, "ectRoute", a.getEctRoute(), key);
        }
        return missing;
    }

    private static void require(Map<String, String> missing, String field, Object value, String messageKey) {
        if (value == null) {
            missing.put(field, messageKey);
        }
    }
}
