package org.ablationpath.imaging.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.ablationpath.imaging.LiradsTreatmentResponse;
import org.ablationpath.imaging.Mrecist;
import org.ablationpath.imaging.ResponseAssessmentForm.TumorAssessment;
import org.ablationpath.imaging.TumorResponse;
import org.ablationpath.imaging.internal.TumorsToAssess;
import org.ablationpath.platform.ui.FieldErrors;

/**
 * One treated tumour of the response assessment, with its own binder. The fields follow the histology: LR-TR only
 * for HCC; the margin field names the target for the histology, or says that none is published.
 */
class TumorAssessmentRow extends VerticalLayout {

    final Select<TumorResponse> response = new Select<>();
    /** Null for tumours other than HCC: LR-TR does not apply to them. */
    final Select<LiradsTreatmentResponse> liradsTr;
    final Select<Mrecist> mrecist = new Select<>();
    final BigDecimalField minimalMarginMm = new BigDecimalField();
    final IntegerField ablationZoneMaxMm = new IntegerField();
    private final TumorsToAssess.Tumor tumor;
    private final BeanValidationBinder<TumorAssessment> binder = new BeanValidationBinder<>(TumorAssessment.class);

    TumorAssessmentRow(int index, TumorsToAssess.Tumor tumor, FieldErrors fieldErrors) {
        this.tumor = tumor;
        setPadding(false);
        setSpacing(false);
        addClassName("tumor-assessment");
        String path = "assessments[" + index + "].";
        String id = "assessments-" + index + "-";

        response.setId(id + "response");
        response.setLabel(getTranslation("imaging.form.response"));
        response.setItems(TumorResponse.values());
        response.setItemLabelGenerator(value -> getTranslation("imaging.response." + value.name()));
        binder.forField(response).bind("response");
        fieldErrors.bind(path + "response", response);

        mrecist.setId(id + "mrecist");
        mrecist.setLabel(getTranslation("imaging.form.mrecist"));
        mrecist.setItems(Mrecist.values());
        mrecist.setEmptySelectionAllowed(true);
        mrecist.setItemLabelGenerator(value -> value == null ? "—" : getTranslation("imaging.mrecist." + value.name()));
        binder.forField(mrecist).bind("mrecist");
        fieldErrors.bind(path + "mrecist", mrecist);

        minimalMarginMm.setId(id + "minimalMarginMm");
        minimalMarginMm.setLabel(getTranslation("imaging.form.margin"));
        minimalMarginMm.setHelperText(tumor.marginTargetMm() == null
                ? getTranslation("imaging.form.noMarginTarget", tumor.histology() == null ? "—" : tumor.histology())
                : getTranslation("imaging.form.marginTarget", Millimetres.format(tumor.marginTargetMm())));
        binder.forField(minimalMarginMm).bind("minimalMarginMm");
        fieldErrors.bind(path + "minimalMarginMm", minimalMarginMm);

        ablationZoneMaxMm.setId(id + "ablationZoneMaxMm");
        ablationZoneMaxMm.setLabel(getTranslation("imaging.form.ablationZone"));
        ablationZoneMaxMm.setMin(1);
        binder.forField(ablationZoneMaxMm).bind("ablationZoneMaxMm");
        fieldErrors.bind(path + "ablationZoneMaxMm", ablationZoneMaxMm);

        FormLayout fields = new FormLayout(response);
        if (tumor.hcc()) {
            liradsTr = new Select<>();
            liradsTr.setId(id + "liradsTr");
            liradsTr.setLabel(getTranslation("imaging.form.liradsTr"));
            liradsTr.setItems(LiradsTreatmentResponse.values());
            liradsTr.setItemLabelGenerator(value -> getTranslation("imaging.liradsTr." + value.name()));
            // required for HCC (outcomes.md 4.11); the form bean cannot say so, it does not know the histology
            binder.forField(liradsTr).asRequired(getTranslation("imaging.form.liradsTr.required")).bind("liradsTr");
            fieldErrors.bind(path + "liradsTr", liradsTr);
            fields.add(liradsTr);
        } else {
            liradsTr = null;
        }
        fields.add(mrecist, minimalMarginMm, ablationZoneMaxMm);
        H4 title = new H4(getTranslation("imaging.form.tumor", tumor.tumorId(),
                tumor.organ() == null ? "—" : tumor.organ(), tumor.histology() == null ? "—" : tumor.histology()));
        add(title, fields);
    }

    /** Validates the row, marking its invalid fields; true when valid. */
    boolean validate() {
        return binder.validate().isOk();
    }

    /** The row's values; call after {@link #validate()} succeeded. */
    TumorAssessment value() {
        TumorAssessment assessment = new TumorAssessment();
        assessment.setTumorId(tumor.tumorId());
        binder.writeBeanIfValid(assessment);
        return assessment;
    }
}
