package org.ablationpath.referral.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.eligibility.DatesData;
import org.ablationpath.eligibility.DiseaseData;
import org.ablationpath.eligibility.LabData;
import org.ablationpath.eligibility.Measured;
import org.ablationpath.eligibility.PatientData;
import org.ablationpath.eligibility.TumorData;
import org.ablationpath.referral.CaseSummary;
import org.ablationpath.referral.ReferralDetails;

/**
 * Turns the screen's form into the contract's case document, so the screen and the API share one intake path; and,
 * for the work-up, a stored case document into the form and the edited form back over the stored document.
 */
final class ReferralDocuments {

    /** The document fields the screen shows (and so may set or clear); any other stored field is kept as it is. */
    private static final List<String> PATIENT_FIELDS = List.of("patientId", "sex", "birthDate", "ecog", "pregnancyStatus",
            "cardiacDevice", "anticoagulation", "antiplatelet", "activeInfection", "canCooperate", "majorOrganFailure",
            "fitForSurgery");
    private static final List<String> LIVER_PATIENT_FIELDS = List.of("cirrhosis", "ascites", "encephalopathyGrade");
    private static final List<String> DISEASE_FIELDS = List.of("extrahepaticDisease", "macrovascularInvasion");
    private static final List<String> LAB_FIELDS = List.of("collectedDate", "plateletsE9L", "inr", "bilirubinUmolL",
            "albuminGL", "creatinineUmolL");
    private static final List<String> DATE_FIELDS = List.of("referralDate", "imagingDate", "mdtDate");
    private static final List<String> TUMOR_FIELDS = List.of("tumorId", "organ", "histology", "diagnosisBasis",
            "liradsCategory", "maxDiameterMm");
    private static final String TUMOR_ID_PREFIX = "T";

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
        List<String> tumorIds = tumorIds(form.getTumors());
        for (int i = 0; i < form.getTumors().size(); i++) {
            ReferralForm.TumorRow row = form.getTumors().get(i);
            ObjectNode tumor = tumors.addObject();
            tumor.put("tumorId", tumorIds.get(i));
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

    /**
     * The stored tumours keep their ids; new rows get T1, T2… after the highest number in use, so a new tumour is
     * never taken for a stored one.
     */
    private static List<String> tumorIds(List<ReferralForm.TumorRow> rows) {
        Set<String> used = new HashSet<>();
        int highest = 0;
        for (ReferralForm.TumorRow row : rows) {
            if (row.getTumorId() != null) {
                used.add(row.getTumorId());
                highest = Math.max(highest, number(row.getTumorId()));
            }
        }
        List<String> ids = new ArrayList<>();
        for (ReferralForm.TumorRow row : rows) {
            String id = row.getTumorId();
            while (id == null || (row.getTumorId() == null && used.contains(id))) {
                id = TUMOR_ID_PREFIX + (++highest);
            }
            used.add(id);
            ids.add(id);
        }
        return ids;
    }

    private static int number(String tumorId) {
        try {
            return tumorId.startsWith(TUMOR_ID_PREFIX) ? Integer.parseInt(tumorId.substring(TUMOR_ID_PREFIX.length())) : 0;
        } catch (NumberFormatException notNumbered) {
            return 0;
        }
    }

    /** The work-up form prefilled from the case's stored document (canonical units) and its referral. */
    static ReferralForm form(CaseDocument stored, CaseSummary kase) {
        ReferralForm form = new ReferralForm();
        form.setUrgency(kase.urgency());
        form.setQuestion(kase.question());
        PatientData p = stored.patient();
        if (p != null) {
            form.setPseudonym(p.patientId());
            form.setSex(p.sex());
            form.setBirthDate(date(p.birthDate()));
            form.setEcog(p.ecog());
            form.setPregnancyStatus(p.pregnancyStatus());
            form.setCardiacDevice(p.cardiacDevice());
            form.setAnticoagulation(p.anticoagulation());
            form.setAntiplatelet(p.antiplatelet());
            form.setActiveInfection(Boolean.TRUE.equals(p.activeInfection()));
            form.setCanCooperate(!Boolean.FALSE.equals(p.canCooperate()));
            form.setMajorOrganFailure(Boolean.TRUE.equals(p.majorOrganFailure()));
            form.setFitForSurgery(p.fitForSurgery());
            form.setCirrhosis(Boolean.TRUE.equals(p.cirrhosis()));
            if (p.ascites() != null) {
                form.setAscites(p.ascites());
            }
            if (p.encephalopathyGrade() != null) {
                form.setEncephalopathyGrade(p.encephalopathyGrade());
            }
        }
        DiseaseData d = stored.disease();
        if (d != null) {
            form.setExtrahepaticDisease(Boolean.TRUE.equals(d.extrahepaticDisease()));
            if (d.macrovascularInvasion() != null) {
                form.setMacrovascularInvasion(d.macrovascularInvasion());
            }
        }
        LabData labs = stored.labs();
        if (labs != null) {
            form.setLabDate(date(labs.collectedDate()));
            form.setPlatelets(number(labs.plateletsE9L()));
            form.setInr(labs.inr() == null ? null : labs.inr().doubleValue());
            form.setBilirubin(number(labs.bilirubinUmolL()));
            form.setAlbumin(number(labs.albuminGL()));
            form.setCreatinine(number(labs.creatinineUmolL()));
        }
        DatesData dates = stored.dates();
        if (dates != null) {
            form.setReferralDate(date(dates.referralDate()));
            form.setImagingDate(date(dates.imagingDate()));
            form.setMdtDate(date(dates.mdtDate()));
        }
        List<ReferralForm.TumorRow> rows = new ArrayList<>();
        for (TumorData t : stored.tumors() == null ? List.<TumorData>of() : stored.tumors()) {
            ReferralForm.TumorRow row = new ReferralForm.TumorRow();
            row.setTumorId(t.tumorId());
            row.setOrgan(t.organ());
            row.setHistology(t.histology());
            row.setDiagnosisBasis(t.diagnosisBasis());
            row.setLiradsCategory(t.liradsCategory());
            row.setMaxDiameterMm(number(t.maxDiameterMm()));
            rows.add(row);
        }
        form.setTumors(rows.isEmpty() ? new ArrayList<>(List.of(new ReferralForm.TumorRow())) : rows);
        return form;
    }

    /**
     * The stored document with the screen's values over it: fields the screen shows are set or cleared as on the
     * screen, every other stored field stays. New labs (another sample date) replace the stored panel's values, so
     * older analytes the screen does not show are not dated as the new sample.
     */
    static CaseDocument revisedDocument(ReferralForm form, CaseDocument stored, ObjectMapper json) {
        ObjectNode edited = json.valueToTree(caseDocument(form, json));
        ObjectNode revised = json.valueToTree(stored);
        revised.remove(List.of("asOfDate", "ruleProfile", "followUp"));
        boolean liver = edited.has("disease");

        overlay(section(revised, "patient"), edited.path("patient"), PATIENT_FIELDS);
        if (liver) {
            overlay(section(revised, "patient"), edited.path("patient"), LIVER_PATIENT_FIELDS);
            overlay(section(revised, "disease"), edited.path("disease"), DISEASE_FIELDS);
        }
        JsonNode storedLabs = revised.path("labs");
        JsonNode editedLabs = edited.path("labs");
        if (storedLabs.path("collectedDate").asText().equals(editedLabs.path("collectedDate").asText())) {
            overlay(section(revised, "labs"), editedLabs, LAB_FIELDS);
        } else {
            revised.set("labs", editedLabs);
        }
        overlay(section(revised, "dates"), edited.path("dates"), DATE_FIELDS);

        ArrayNode tumors = json.createArrayNode();
        for (JsonNode tumor : edited.path("tumors")) {
            ObjectNode kept = storedTumor(revised.path("tumors"), tumor.path("tumorId").asText());
            overlay(kept, tumor, TUMOR_FIELDS);
            tumors.add(kept);
        }
        revised.set("tumors", tumors);
        return json.convertValue(revised, CaseDocument.class);
    }

    private static void overlay(ObjectNode target, JsonNode values, List<String> fields) {
        for (String field : fields) {
            if (values.has(field)) {
                target.set(field, values.get(field));
            } else {
                target.remove(field);
            }
        }
    }

    private static ObjectNode section(ObjectNode document, String name) {
        return document.path(name) instanceof ObjectNode existing ? existing : document.putObject(name);
    }

    private static ObjectNode storedTumor(JsonNode storedTumors, String tumorId) {
        for (JsonNode tumor : storedTumors) {
            if (tumorId.equals(tumor.path("tumorId").asText()) && tumor instanceof ObjectNode found) {
                return found.deepCopy();
            }
        }
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException unreadable) {
            return null;
        }
    }

    private static Double number(Measured measured) {
        return measured == null || measured.value() == null ? null : measured.value().doubleValue();
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
