package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Patient section of the case document; names, enums and units as data dictionary 4.2. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatientData(
        String patientId,
        String sex,
        String birthDate,
        Integer ecog,
        Boolean ecogCancerRelated,
        String pregnancyStatus,
        Integer gestationalWeeks,
        String cardiacDevice,
        Boolean pacemakerDependent,
        Boolean historyVentricularArrhythmia,
        Boolean atrialFibrillation,
        Boolean coronaryArteryDisease,
        Boolean epilepsy,
        Integer nyhaClass,
        Boolean uncontrolledHypertension,
        String anticoagulation,
        String antiplatelet,
        Boolean activeInfection,
        Boolean canCooperate,
        Boolean majorOrganFailure,
        Boolean cirrhosis,
        String cirrhosisEtiology,
        Boolean varicealBleedWithin30Days,
        String ascites,
        Boolean refractoryAscites,
        Integer encephalopathyGrade,
        Boolean bilioentericAnastomosis,
        Integer priorTaceSessions,
        String fitForSurgery,
        Boolean declinesSurgery,
        Boolean transplantCandidate,
        Integer lifeExpectancyMonths,
        Boolean pulmonaryReserveCompromised,
        Integer kps,
        Boolean portalHypertension,
        Boolean bleomycinPulmonaryRisk) {
}
