package org.ablationpath.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.ablationpath.TestCases;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Cases for the follow-up tests, referred through the REST API like every other test's (center C01). */
public final class FollowUpCases {

    private FollowUpCases() {
    }

    /** A single HCC of the given diameter (24 mm is the low-risk case of {@link TestCases#hccCase}). */
    public static UUID singleHcc(TestRestTemplate rest, int diameterMm) {
        ObjectNode document = TestCases.hccCase(TestCases.uniquePseudonym("FUP"));
        ((ObjectNode) document.withArray("tumors").get(0)).put("maxDiameterMm", diameterMm);
        return TestCases.refer(rest, document);
    }

    /** Two HCC nodules: high risk at baseline (FUP-LIV-02). */
    public static UUID twoHccNodules(TestRestTemplate rest) {
        ObjectNode document = TestCases.hccCase(TestCases.uniquePseudonym("FUP"));
        ArrayNode tumors = document.withArray("tumors");
        ObjectNode second = tumors.get(0).deepCopy();
        second.put("tumorId", "T2").put("maxDiameterMm", 15).put("segment", 3);
        tumors.add(second);
        return TestCases.refer(rest, document);
    }

    /** Two colorectal liver metastases (FUP-LIV-01; FUP-06 may switch them to FUP-LIV-02 on the margin). */
    public static UUID crlm(TestRestTemplate rest) {
        ObjectNode document = TestCases.lowPlateletsCase(TestCases.uniquePseudonym("FUP"));
        document.with("labs").put("plateletsE9L", 160);
        return TestCases.refer(rest, document);
    }

    /** A colorectal liver metastasis T1 and a lung metastasis T2: one grid per organ (pathway.md 7.2). */
    public static UUID liverAndLungMetastases(TestRestTemplate rest) {
        ObjectNode document = TestCases.lowPlateletsCase(TestCases.uniquePseudonym("FUP"));
        document.with("labs").put("plateletsE9L", 160);
        ObjectNode lung = (ObjectNode) document.withArray("tumors").get(1);
        lung.put("organ", "LUNG").put("histology", "LUNG_METASTASIS_CRC").remove("segment");
        return TestCases.refer(rest, document);
    }

    /** A painful bone metastasis treated with palliative intent (FUP-BON-01: day-7 call, M1, M3). */
    public static UUID boneMetastasis(TestRestTemplate rest) {
        ObjectNode document = TestCases.hccCase(TestCases.uniquePseudonym("FUP"));
        try {
            document.set("tumors", TestCases.JSON.readTree("""
                    [{"tumorId":"B1","organ":"BONE","histology":"BONE_METASTASIS_BREAST","maxDiameterMm":30,"painNrs":7,
                      "intent":"PALLIATIVE","weightBearing":false,"corticalDestruction":false,"fractureRisk":false,
                      "neuralProximity":false,"priorRadiotherapy":false}]"""));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return TestCases.refer(rest, document);
    }
}
