package org.ablationpath.followup;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A visit form names what was found when the patient was reached, and a retry date when not: checked with the other
 * Bean Validation constraints so one answer lists every missing field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReachedVisitComplete.Check.class)
public @interface ReachedVisitComplete {

    String message() default "must not be null";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    class Check implements ConstraintValidator<ReachedVisitComplete, FollowUpVisitForm> {

        @Override
        public boolean isValid(FollowUpVisitForm form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            boolean reached = form.getContactOutcome() != ContactOutcome.NOT_REACHED;
            String missing = reached ? (form.getFinding() == null ? "finding" : null)
                    : (form.getRetryDate() == null ? "retryDate" : null);
            if (missing == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(reached ? "must not be null"
                            : "Required when the patient was not reached: the day to call again, inside the window.")
                    .addPropertyNode(missing).addConstraintViolation();
            return false;
        }
    }
}
