package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.ablationpath.pathway.DeviationReasonForm;
import org.ablationpath.platform.ui.FieldErrors;

/** The coded reason and a note, shared by the reason task and the case page. */
class DeviationReasonFields extends Composite<VerticalLayout> {

    private final ComboBox<String> reasonCode = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final FieldErrors fieldErrors = new FieldErrors();

    DeviationReasonFields(List<String> codes) {
        getContent().setPadding(false);
        reasonCode.setId("reasonCode");
        reasonCode.setLabel(getTranslation("deviation.reasonCode"));
        reasonCode.setItems(codes);
        reasonCode.setItemLabelGenerator(code -> getTranslation("deviation.reason." + code));
        reasonCode.setRequiredIndicatorVisible(true);
        reasonCode.setWidth("24rem");
        note.setId("reasonNote");
        note.setLabel(getTranslation("deviation.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        fieldErrors.bind("reasonCode", reasonCode).bind("note", note);
        getContent().add(reasonCode, note);
    }

    DeviationReasonForm form() {
        return new DeviationReasonForm(reasonCode.getValue(), note.getValue());
    }

    FieldErrors errors() {
        return fieldErrors;
    }
}
