package org.ablationpath.referral.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.referral.ReferralDetails;

/** Turns the screen's form into the contract's case document, so the screen and the API share one intake path. */
final class ReferralDocuments {

    private ReferralDocuments() {
    }

    static CaseDocument caseDocument(ReferralForm form, ObjectMapper json) {
        boolean liver = form.getTumors().stream().anyMatch(t -> "LIVER".equals(t.getOrgan()));
        ObjectNode doc = json.createObjectNode();

        ObjectNode patient = doc.putObject("patient");
        patient.put("patientId", form.getPseudonym());
        patient.put("sex", form.getSex());
        putDate(patient, "birthDate", form.getBirthDate());
        patient.put("ecog", form.getEcog());
        putText(patient, "pregnancyStatus", form.getPregnancyStatus());
        patient.put("cardiacDevice", form.getCardiacDevice());
        patient.put("anticoagulation", form.getAnticoagulation());
        patient.put("antiplatelet", form.getAntiplatelet());
        patient.put("activeInfection", form.isActiveInfection());
        patient.put("canCooperate", form.isCanCooperate());
        patient.put("majorOrganFailure", form.isMajorOrganFailure());
        putText(patient, "fitForSurgery", form.getFitForSurgery());
        if (liver) {
            // the liver fields are mandatory for liver tumours only (VAL-01)
            patient.put("cirrhosis", form.isCirrhosis());
            putText(patient, "ascites", form.getAscites());
            if (form.getEncephalopathyGrade() != null) {
                patient.put("encephalopathyGrade", form.getEncephalopathyGrade());
            }
        }

        ObjectNode labs = doc.putObject("labs");
        putDate(labs, "collectedDate", form.getLabDate());
        putNumber(labs, "plateletsE9L", form.getPlatelets());
        putNumber(labs, "inr", form.getInr());
        putNumber(labs, "bilirubinUmolL", form.getBilirubin());
        putNumber(labs, "albuminGL", form.getAlbumin());
        putNumber(labs, "creatinineUmolL", form.getCreatinine());

        if (liver) {
            ObjectNode disease = doc.putObject("disease");
            disease.put("extrahepaticDisease", form.isExtrahepaticDisease());
            putText(disease, "macrovascularInvasion", form.getMacrovascularInvasion());
        }

        ArrayNode tumors = doc.putArray("tumors");
        for (int i = 0; i < form.getTumors().size(); i++) {
            ReferralForm.TumorRow row = form.getTumors().get(i);
            ObjectNode tumor = tumors.addObject();
            tumor.put("tumorId", "T" + (i + 1));
            putText(tumor, "organ", row.getOrgan());
            putText(tumor, "histology", row.getHistology());
            putText(tumor, "diagnosisBasis", row.getDiagnosisBasis());
            putText(tumor, "liradsCategory", row.getLiradsCategory());
            putNumber(tumor, "maxDiameterMm", row.getMaxDiameterMm());
        }

        ObjectNode dates = doc.putObject("dates");
        putDate(dates, "referralDate", form.getReferralDate());
        putDate(dates, "imagingDate", form.getImagingDate());
        putDate(dates, "mdtDate", form.getMdtDate());
        return json.convertValue(doc, CaseDocument.class);
    }

    static ReferralDetails details(ReferralForm form) {
        return new ReferralDetails(form.getSource(), form.getUrgency(), form.getQuestion());
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private static void putNumber(ObjectNode node, String field, Double value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putDate(ObjectNode node, String field, LocalDate value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }
}
