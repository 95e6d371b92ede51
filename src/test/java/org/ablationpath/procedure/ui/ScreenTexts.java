package org.ablationpath.procedure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every text a screen shows (labels, texts, helper texts, item labels), to find untranslated keys. */
final class ScreenTexts {

    private ScreenTexts() {
    }

    static List<String> of(Component root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Component component, List<String> texts) {
        if (component instanceof HasLabel labelled && labelled.getLabel() != null) {
            texts.add(labelled.getLabel());
        }
        if (component instanceof HasText text && !text.getText().isEmpty()) {
            texts.add(text.getText());
        }
        if (component instanceof HasHelper helper && helper.getHelperText() != null) {
            texts.add(helper.getHelperText());
        }
        if (component instanceof Select<?> select) {
            items(select.getListDataView().getItems(), select.getItemLabelGenerator(), texts);
        } else if (component instanceof RadioButtonGroup<?> radio) {
            items(radio.getListDataView().getItems(), radio.getItemLabelGenerator(), texts);
        } else if (component instanceof CheckboxGroup<?> boxes) {
            items(boxes.getListDataView().getItems(), boxes.getItemLabelGenerator(), texts);
        }
        component.getChildren().forEach(child -> collect(child, texts));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void items(Stream<?> items, ItemLabelGenerator generator, List<String> texts) {
        items.forEach(item -> texts.add(String.valueOf(generator == null ? item : generator.apply(item))));
    }
}
