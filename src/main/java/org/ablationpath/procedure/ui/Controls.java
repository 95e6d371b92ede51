package org.ablationpath.procedure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Form controls of the procedure screens, labelled from the bundles: enum selects, yes/no choices, enum sets. */
final class Controls {

    private Controls() {
    }

    /** A select of the enum's values labelled {@code <labelPrefix>.<VALUE>}. */
    static <E extends Enum<E>> Select<E> select(Component owner, String id, String labelKey, E[] values, String labelPrefix) {
        Select<E> select = new Select<>();
        if (id != null) {
            select.setId(id);
        }
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> owner.getTranslation(labelPrefix + "." + value.name()));
        return select;
    }

    /** Check boxes for a set of enum values, labelled {@code <labelPrefix>.<VALUE>}. */
    static <E extends Enum<E>> CheckboxGroup<E> checkboxes(Component owner, String id, String labelKey, E[] values,
                                                           String labelPrefix) {
        CheckboxGroup<E> group = new CheckboxGroup<>();
        group.setId(id);
        group.setLabel(owner.getTranslation(labelKey));
        group.setItems(values);
        group.setItemLabelGenerator(value -> owner.getTranslation(labelPrefix + "." + value.name()));
        return group;
    }

    /** An explicit answer: neither yes nor no until chosen, so a required item is never answered by default. */
    static RadioButtonGroup<Boolean> yesNo(Component owner, String id, String labelKey, String yesKey, String noKey) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
        if (id != null) {
            group.setId(id);
        }
        group.setLabel(owner.getTranslation(labelKey));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(value -> owner.getTranslation(value ? yesKey : noKey));
        return group;
    }

    /** The selected values of a check-box group as a list in declaration order, and back. */
    static <E extends Enum<E>> Converter<Set<E>, List<E>> setToList() {
        return Converter.from(
                set -> Result.ok(set == null ? new ArrayList<>() : set.stream().sorted(Comparator.comparing(Enum::ordinal)).toList()),
                list -> list == null ? new LinkedHashSet<>() : new LinkedHashSet<>(list));
    }
}
