package org.ablationpath.procedure.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ablationpath.platform.ui.FieldErrors;
import org.ablationpath.procedure.TechnicalSuccessEntry;

/**
 * OUT-01: one yes/no answer per treated tumour, following the tumours chosen in the applications; an answer is kept
 * while its tumour stays in the record.
 */
class TechnicalSuccessList extends Div {

    private final Map<String, RadioButtonGroup<Boolean>> answers = new LinkedHashMap<>();
    private final Paragraph empty = new Paragraph();

    TechnicalSuccessList() {
        setId("technicalSuccess");
        empty.setText(getTranslation("procedure.technicalSuccess.none"));
        add(new H4(getTranslation("procedure.technicalSuccess.title")), empty);
    }

    /** Shows one answer per tumour, in the order given. */
    void showTumors(List<String> tumorIds) {
        Map<String, RadioButtonGroup<Boolean>> kept = new LinkedHashMap<>();
        for (String tumorId : tumorIds) {
            RadioButtonGroup<Boolean> answer = answers.get(tumorId);
            kept.put(tumorId, answer != null ? answer : Controls.yesNo(this, null, "procedure.technicalSuccess.tumor",
                    "procedure.technicalSuccess.yes", "procedure.technicalSuccess.no"));
            kept.get(tumorId).setLabel(getTranslation("procedure.technicalSuccess.tumor", tumorId));
        }
        answers.values().stream().filter(a -> !kept.containsValue(a)).forEach(this::remove);
        answers.clear();
        answers.putAll(kept);
        int index = 0;
        for (RadioButtonGroup<Boolean> answer : answers.values()) {
            answer.setId("technicalSuccess-" + index++);
            add(answer);
        }
        empty.setVisible(answers.isEmpty());
    }

    RadioButtonGroup<Boolean> answerFor(String tumorId) {
        return answers.get(tumorId);
    }

    List<TechnicalSuccessEntry> entries() {
        List<TechnicalSuccessEntry> entries = new ArrayList<>();
        answers.forEach((tumorId, answer) -> entries.add(new TechnicalSuccessEntry(tumorId, answer.getValue())));
        return entries;
    }

    void bindErrors(FieldErrors errors) {
        int index = 0;
        for (RadioButtonGroup<Boolean> answer : answers.values()) {
            errors.bind("technicalSuccess[" + index + "].success", answer);
            errors.bind("technicalSuccess[" + index + "].tumorId", answer);
            index++;
        }
    }
}
