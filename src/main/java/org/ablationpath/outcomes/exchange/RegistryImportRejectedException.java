package org.ablationpath.outcomes.exchange;

import java.util.List;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;

/** The case document failed the validation rules or the follow-up checks: nothing was stored (422). */
public class RegistryImportRejectedException extends InvalidInputException {
    public RegistryImportRejectedException(List<FieldProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "The case document is not valid", problems);
    }
}
