package org.ablationpath.procedure;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parameters outcomes.md 4.10 makes conditional on the modality are present. Each missing one is reported on
 * its own field ({@code applications[0].powerW}), together with every other problem of the form.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ModalityParametersValidator.class)
public @interface ModalityParameters {

    String message() default "{procedure.application.parameterRequired}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
