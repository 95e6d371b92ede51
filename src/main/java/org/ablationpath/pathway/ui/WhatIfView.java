package org.ablationpath.pathway.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.EligibilityEvaluation;
import org.ablationpath.eligibility.RecommendationPanel;
import org.ablationpath.identity.Roles;
import org.ablationpath.pathway.CaseEvaluations;

/**
 * "What if": the case's stored data in an editor; every change re-evaluates the edited document with the case's
 * center's rules and shows the result. Nothing is saved, which the banner says.
 */
@Route("cases/:caseId/what-if")
@PageTitle("What if · AblationPath")
@RolesAllowed({Roles.REFERRING_PHYSICIAN, Roles.INTERVENTIONAL_RADIOLOGIST})
public class WhatIfView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> PROFILES = List.of("INTL", "CN");
    static final List<String> ASCITES = List.of("NONE", "MILD", "MODERATE_SEVERE");

    private final CaseEvaluations evaluations;
    private final ObjectMapper json;

    final Select<String> profile = new Select<>();
    final IntegerField ecog = new IntegerField();
    final NumberField platelets = new NumberField();
    final NumberField inr = new NumberField();
    final NumberField bilirubin = new NumberField();
    final NumberField albumin = new NumberField();
    final NumberField creatinine = new NumberField();
    final Select<String> ascites = new Select<>();
    final IntegerField encephalopathy = new IntegerField();
    final List<NumberField> tumorSizes = new ArrayList<>();
    final Div result = new Div();

    private UUID caseId;
    private ObjectNode document;
    EligibilityEvaluation lastEvaluation;

    WhatIfView(CaseEvaluations evaluations, ObjectMapper json) {
        this.evaluations = evaluations;
        this.json = json;
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        tumorSizes.clear();
        caseId = event.getRouteParameters().get("caseId").flatMap(WhatIfView::uuid).orElse(null);
        Optional<CaseDocument> stored = caseId == null ? Optional.empty() : evaluations.whatIfDocument(caseId);
        if (stored.isEmpty()) {
            add(new H2(getTranslation("error.notFound")));
            return;
        }
        open(caseId, stored.get());
    }

    /** Loads the document into the editor and evaluates it once. */
    void open(UUID caseId, CaseDocument stored) {
        this.caseId = caseId;
        this.document = json.valueToTree(stored);
        add(new H2(getTranslation("whatIf.title", document.path("patient").path("patientId").asText(""))));
        Span banner = new Span(getTranslation("whatIf.notSaved"));
        banner.setId("what-if-banner");
        banner.getElement().getThemeList().add("badge contrast");
        banner.getStyle().set("font-size", "var(--lumo-font-size-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        add(banner, new Anchor("cases/" + caseId, getTranslation("whatIf.back")));

        FormLayout form = new FormLayout();
        form.setId("what-if-form");
        select(form, profile, "whatIf.profile", PROFILES, text("ruleProfile"), v -> document.put("ruleProfile", v));
        integer(form, ecog, "whatIf.ecog", 0, 5, intValue("patient", "ecog"), v -> setInt("patient", "ecog", v));
        select(form, ascites, "whatIf.ascites", ASCITES, document.path("patient").path("ascites").asText(null),
                v -> setText("patient", "ascites", v));
        integer(form, encephalopathy, "whatIf.encephalopathy", 0, 4, intValue("patient", "encephalopathyGrade"),
                v -> setInt("patient", "encephalopathyGrade", v));
        number(form, platelets, "whatIf.platelets", "labs", "plateletsE9L");
        number(form, inr, "whatIf.inr", "labs", "inr");
        number(form, bilirubin, "whatIf.bilirubin", "labs", "bilirubinUmolL");
        number(form, albumin, "whatIf.albumin", "labs", "albuminGL");
        number(form, creatinine, "whatIf.creatinine", "labs", "creatinineUmolL");
        for (JsonNode tumor : document.path("tumors")) {
            NumberField size = new NumberField();
            size.setLabel(getTranslation("whatIf.tumorSize", tumor.path("tumorId").asText(), tumor.path("organ").asText(),
                    tumor.path("histology").asText()));
            size.setMin(0);
            size.setValue(decimal(tumor.path("maxDiameterMm")));
            size.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
            size.addValueChangeListener(change -> {
                setNumber((ObjectNode) tumor, "maxDiameterMm", change.getValue());
                evaluate();
            });
            tumorSizes.add(size);
            form.add(size);
        }
        add(new H3(getTranslation("whatIf.values")), form, result);
        evaluate();
    }

    /** Re-evaluates the edited document (never stored) and shows the result. */
    void evaluate() {
        CaseDocument edited = json.convertValue(document, CaseDocument.class);
        lastEvaluation = evaluations.whatIf(caseId, edited);
        result.removeAll();
        result.add(new RecommendationPanel(lastEvaluation));
    }

    private void select(FormLayout form, Select<String> field, String label, List<String> items, String value,
                        Consumer<String> write) {
        field.setLabel(getTranslation(label));
        field.setItems(items);
        field.setValue(value == null || !items.contains(value) ? null : value);
        field.addValueChangeListener(change -> {
            write.accept(change.getValue());
            evaluate();
        });
        form.add(field);
    }

    private void integer(FormLayout form, IntegerField field, String label, int min, int max, Integer value,
                         Consumer<Integer> write) {
        field.setLabel(getTranslation(label));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setValue(value);
        field.addValueChangeListener(change -> {
            write.accept(change.getValue());
            evaluate();
        });
        form.add(field);
    }

    private void number(FormLayout form, NumberField field, String label, String section, String name) {
        field.setLabel(getTranslation(label));
        field.setMin(0);
        field.setValue(decimal(document.path(section).path(name)));
        field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(change -> {
            setNumber(section(section), name, change.getValue());
            evaluate();
        });
        form.add(field);
    }

    private ObjectNode section(String name) {
        JsonNode node = document.get(name);
        return node instanceof ObjectNode object ? object : document.putObject(name);
    }

    private String text(String field) {
        JsonNode value = document.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private Integer intValue(String section, String field) {
        JsonNode value = document.path(section).path(field);
        return value.isNumber() ? value.intValue() : null;
    }

    private void setInt(String section, String field, Integer value) {
        if (value == null) {
            section(section).remove(field);
        } else {
            section(section).put(field, value);
        }
    }

    private void setText(String section, String field, String value) {
        if (value == null) {
            section(section).remove(field);
        } else {
            section(section).put(field, value);
        }
    }

    private static void setNumber(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.remove(field);
        } else {
            node.put(field, BigDecimal.valueOf(value));
        }
    }

    private static Double decimal(JsonNode value) {
        JsonNode number = value.isObject() ? value.path("value") : value;
        return number.isNumber() ? number.doubleValue() : null;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
