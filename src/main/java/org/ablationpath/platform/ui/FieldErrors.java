package org.ablationpath.platform.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ablationpath.platform.web.FieldProblem;

/**
 * Shows problems a service reported (by field path, as in the API) next to the screen fields bound to those paths;
 * what matches no field is returned so the form can list it.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String path, HasValidation field) {
        fields.put(path, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Marks the bound fields invalid with their messages; returns the problems no field shows. */
    public List<FieldProblem> show(List<FieldProblem> problems) {
        List<FieldProblem> unmatched = new ArrayList<>();
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                unmatched.add(problem);
            } else {
                field.setErrorMessage(problem.rule() == null ? problem.message() : problem.message() + " (" + problem.rule() + ")");
                field.setInvalid(true);
            }
        }
        return unmatched;
    }
}
