package org.ablationpath.demo;

import java.time.LocalDate;

/** Synthetic case documents, dated relative to today so labs and imaging are fresh (VAL-08). */
final class DemoCases {

    private DemoCases() {
    }

    static String hccSingle(String pseudonym, LocalDate today) {
        return liver(pseudonym, "M", "1958-03-14", today, 180, "1.1", 18, 41,
                """
                [{"tumorId":"T1","organ":"LIVER","histology":"HCC","diagnosisBasis":"IMAGING_LIRADS","liradsCategory":"LR-5",
                  "maxDiameterMm":24,"segment":6,"subcapsular":false,"distanceToCentralBileDuctMm":25}]""");
    }

    static String crlmLowPlatelets(String pseudonym, LocalDate today) {
        return liver(pseudonym, "F", "1966-09-02", today, 42, "1.2", 12, 38,
                """
                [{"tumorId":"T1","organ":"LIVER","histology":"CRLM","diagnosisBasis":"IMAGING_AND_HISTORY","maxDiameterMm":18,"segment":7},
                 {"tumorId":"T2","organ":"LIVER","histology":"CRLM","diagnosisBasis":"IMAGING_AND_HISTORY","maxDiameterMm":12,"segment":4}]""");
    }

    static String hccBorderlineInr(String pseudonym, LocalDate today) {
        return liver(pseudonym, "M", "1949-11-23", today, 120, "1.6", 25, 36,
                """
                [{"tumorId":"T1","organ":"LIVER","histology":"HCC","diagnosisBasis":"BIOPSY","maxDiameterMm":22,"segment":8}]""");
    }

    static String kidneyMass(String pseudonym, LocalDate today) {
        return """
                {"patient":{"patientId":"%s","sex":"F","birthDate":"1971-05-30","ecog":0,"cardiacDevice":"NONE",
                  "pregnancyStatus":"NOT_PREGNANT","anticoagulation":"NONE","antiplatelet":"NONE","activeInfection":false,
                  "canCooperate":true,"majorOrganFailure":false,"fitForSurgery":"YES"},
                 "labs":{"collectedDate":"%s","plateletsE9L":240,"inr":1.0,"creatinineUmolL":78,"hemoglobinGL":132},
                 "disease":{"extrahepaticDisease":false},
                 "tumors":[{"tumorId":"T1","organ":"KIDNEY","histology":"RENAL_MASS_UNCHARACTERISED","diagnosisBasis":"IMAGING_ONLY","maxDiameterMm":28}],
                 "dates":{"referralDate":"%s","imagingDate":"%s"}}
                """.formatted(pseudonym, today.minusDays(6), today.minusDays(4), today.minusDays(12));
    }

    static String lungMetastasis(String pseudonym, LocalDate today) {
        return """
                {"patient":{"patientId":"%s","sex":"M","birthDate":"1955-01-17","ecog":1,"cardiacDevice":"NONE",
                  "anticoagulation":"NONE","antiplatelet":"ASPIRIN","activeInfection":false,"canCooperate":true,
                  "majorOrganFailure":false,"fitForSurgery":"BORDERLINE"},
                 "labs":{"collectedDate":"%s","plateletsE9L":210,"inr":1.0},
                 "tumors":[{"tumorId":"T1","organ":"LUNG","histology":"LUNG_METASTASIS_CRC","diagnosisBasis":"IMAGING_AND_HISTORY","maxDiameterMm":16}],
                 "dates":{"referralDate":"%s","imagingDate":"%s"}}
                """.formatted(pseudonym, today.minusDays(3), today.minusDays(2), today.minusDays(9));
    }

    private static String liver(String pseudonym, String sex, String birthDate, LocalDate today, int platelets, String inr,
                                int bilirubin, int albumin, String tumors) {
        String pregnancy = "F".equals(sex) ? "\"pregnancyStatus\":\"NOT_PREGNANT\"," : "";
        return """
                {"patient":{"patientId":"%s","sex":"%s","birthDate":"%s","ecog":0,%s"cardiacDevice":"NONE",
                  "anticoagulation":"NONE","antiplatelet":"NONE","activeInfection":false,"canCooperate":true,
                  "majorOrganFailure":false,"cirrhosis":true,"ascites":"NONE","encephalopathyGrade":0,"fitForSurgery":"BORDERLINE"},
                 "labs":{"collectedDate":"%s","plateletsE9L":%d,"inr":%s,"bilirubinUmolL":%d,"albuminGL":%d},
                 "disease":{"extrahepaticDisease":false,"macrovascularInvasion":"NONE","diffuseInfiltrative":false},
                 "tumors":%s,
                 "dates":{"referralDate":"%s","imagingDate":"%s"}}
                """.formatted(pseudonym, sex, birthDate, pregnancy, today.minusDays(7), platelets, inr, bilirubin, albumin, tumors,
                today.minusDays(5), today.minusDays(14));
    }
}
