package org.ablationpath.procedure.internal;

import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/** Recognises a violation of one of our unique constraints: two submissions at the same moment. */
final class UniqueViolation {

    private UniqueViolation() {
    }

    static boolean of(DataIntegrityViolationException violation, Set<String> constraintNames) {
        return violation.getCause() instanceof ConstraintViolationException constraint
                && constraint.getConstraintName() != null
                && constraintNames.contains(constraint.getConstraintName().toLowerCase(java.util.Locale.ROOT));
    }
}
