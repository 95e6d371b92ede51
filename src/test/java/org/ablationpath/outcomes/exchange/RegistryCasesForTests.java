package org.ablationpath.outcomes.exchange;

import static org.ablationpath.TestCases.hccCase;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Past liver cases (2021) with their follow-up, as a registry imports them. */
final class RegistryCasesForTests {

    private RegistryCasesForTests() {
    }

    /** A single HCC referred in March 2021, ablated (MWA) in April, imaged at one month, alive at the last contact. */
    static ObjectNode pastHccCase(String pseudonym) {
        ObjectNode doc = hccCase(pseudonym);
        ((ObjectNode) doc.path("labs")).put("collectedDate", "2021-02-20");
        ObjectNode dates = (ObjectNode) doc.path("dates");
        dates.put("referralDate", "2021-03-01");
        dates.put("imagingDate", "2021-02-15");
        dates.put("mdtDate", "2021-03-10");
        dates.put("procedureDate", "2021-04-01");
        doc.put("asOfDate", "2024-06-30");
        ObjectNode followUp = doc.putObject("followUp");
        followUp.putObject("mdtDecision").put("decisionCode", "ABLATION");
        ObjectNode session = followUp.putArray("procedures").addObject();
        session.put("procedureId", "P1");
        session.put("date", "2021-04-01");
        session.put("modality", "MWA");
        session.put("intentType", "INITIAL");
        session.putArray("tumorIds").add("T1");
        session.put("technicalSuccess", true);
        session.put("dischargeDate", "2021-04-02");
        ObjectNode study = followUp.putArray("imaging").addObject();
        study.put("date", "2021-05-03");
        study.put("modality", "CT");
        study.put("purpose", "RESPONSE");
        study.put("newIntraOrganTumour", false);
        study.put("extraOrganDisease", false);
        ObjectNode assessment = study.putArray("assessments").addObject();
        assessment.put("tumorId", "T1");
        assessment.put("response", "COMPLETE");
        assessment.put("liradsTr", "NONVIABLE");
        assessment.put("minimalMarginMm", 6.5);
        ArrayNode visits = followUp.putArray("visits");
        visits.addObject().put("date", "2021-07-01").put("type", "CLINIC").put("ecog", 0).put("afpNgMl", 4.2);
        ObjectNode ae = followUp.putArray("adverseEvents").addObject();
        ae.put("aeId", "AE1");
        ae.put("onsetDate", "2021-04-02");
        ae.put("term", "Pain");
        ae.putArray("interventions").add("ORAL_MEDICATION");
        ae.put("outcome", "RESOLVED");
        ae.put("sequelae", "NONE");
        followUp.putArray("labsPost").addObject().put("date", "2021-04-02").put("altUL", 80).put("astUL", 95);
        followUp.putObject("vitalStatus").put("status", "ALIVE").put("lastContactDate", "2024-06-01");
        return doc;
    }

    /** The same case, with the patient's death from tumour progression in 2023. */
    static ObjectNode pastHccCaseDeceased(String pseudonym) {
        ObjectNode doc = pastHccCase(pseudonym);
        ((ObjectNode) doc.path("followUp")).putObject("vitalStatus").put("status", "DEAD")
                .put("lastContactDate", "2023-09-14").put("deathDate", "2023-09-14").put("causeOfDeath", "TUMOUR_PROGRESSION");
        return doc;
    }
}
