package org.ablationpath.referral.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Allowed values of the referral fields, as in the registry data dictionary (outcomes.md section 4). */
final class ReferralOptions {

    static final List<String> SOURCES = List.of("INTERNAL", "EXTERNAL_HOSPITAL", "GP", "SCREENING_PROGRAMME");
    static final List<String> URGENCIES = List.of("ROUTINE", "URGENT");
    static final List<String> SEXES = List.of("M", "F", "X");
    static final List<String> PREGNANCY = List.of("NOT_PREGNANT", "PREGNANT", "UNKNOWN", "NOT_APPLICABLE");
    static final List<String> CARDIAC_DEVICES = List.of("NONE", "PACEMAKER", "ICD", "CRT", "OTHER_ACTIVE_IMPLANT");
    static final List<String> ANTICOAGULATION = List.of("NONE", "VKA", "DOAC", "LMWH", "UFH", "OTHER");
    static final List<String> ANTIPLATELET = List.of("NONE", "ASPIRIN", "P2Y12", "DUAL", "OTHER");
    static final List<String> FIT_FOR_SURGERY = List.of("YES", "BORDERLINE", "NO");
    static final List<String> ASCITES = List.of("NONE", "MILD", "MODERATE_SEVERE");
    static final List<String> MACROVASCULAR_INVASION = List.of("NONE", "PV_THIRD_ORDER_OR_SEGMENTAL", "PV_SECOND_ORDER",
            "PV_FIRST_ORDER", "PV_MAIN", "HEPATIC_VEIN", "IVC");
    static final List<String> DIAGNOSIS_BASIS = List.of("BIOPSY", "CYTOLOGY", "IMAGING_LIRADS", "IMAGING_AND_HISTORY",
            "IMAGING_ONLY", "CLINICAL");
    static final List<String> LIRADS = List.of("LR-1", "LR-2", "LR-3", "LR-4", "LR-5", "LR-M", "LR-TIV", "LR-NC");

    /** Histologies allowed per organ (outcomes.md 4.6.1; VAL-07 rejects any other combination). */
    static final Map<String, List<String>> HISTOLOGY_BY_ORGAN = histologies();

    private ReferralOptions() {
    }

    private static Map<String, List<String>> histologies() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("LIVER", List.of("HCC", "CRLM", "ICC", "LIVER_METASTASIS_OTHER"));
        map.put("KIDNEY", List.of("RCC_CLEAR_CELL", "RCC_PAPILLARY", "RCC_CHROMOPHOBE", "RCC_OTHER", "ONCOCYTOMA",
                "ANGIOMYOLIPOMA", "RENAL_MASS_UNCHARACTERISED"));
        map.put("LUNG", List.of("NSCLC", "LUNG_METASTASIS_CRC", "LUNG_METASTASIS_OTHER"));
        map.put("BONE", List.of("BONE_METASTASIS_BREAST", "BONE_METASTASIS_PROSTATE", "BONE_METASTASIS_LUNG",
                "BONE_METASTASIS_RCC", "BONE_METASTASIS_THYROID", "BONE_METASTASIS_CRC", "BONE_METASTASIS_OTHER",
                "OSTEOID_OSTEOMA", "BONE_OTHER"));
        map.put("THYROID", List.of("BENIGN_THYROID_NODULE", "INDETERMINATE_NODULE", "SUSPICIOUS_NODULE",
                "PRIMARY_THYROID_CANCER", "PTC_LOCOREGIONAL_RECURRENCE"));
        map.put("PANCREAS", List.of("PDAC", "PANCREAS_OTHER"));
        map.put("SKIN", List.of("CUTANEOUS_METASTASIS_BREAST", "CUTANEOUS_METASTASIS_MELANOMA",
                "CUTANEOUS_METASTASIS_HEAD_NECK", "CUTANEOUS_METASTASIS_OTHER", "PRIMARY_SKIN_CANCER"));
        return map;
    }
}
