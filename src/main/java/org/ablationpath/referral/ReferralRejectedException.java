package org.ablationpath.referral;

import java.util.List;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;

/** The case document failed the validation rules (VAL): nothing was stored. */
public class ReferralRejectedException extends InvalidInputException {
    public ReferralRejectedException(List<FieldProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "The referral is not valid", problems);
    }
}
