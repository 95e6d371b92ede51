package org.ablationpath.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/** One tumour record with the organ-specific fields of data dictionary 4.6. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TumorData(
        String tumorId,
        String organ,
        String histology,
        String diagnosisBasis,
        String liradsCategory,
        Measured maxDiameterMm,
        BigDecimal volumeMl,
        // liver
        Integer segment,
        Boolean subcapsular,
        Boolean visceralSurface,
        BigDecimal exophyticFraction,
        Integer distanceToGallbladderMm,
        Integer distanceToBowelMm,
        Integer distanceToDiaphragmMm,
        Integer distanceToCentralBileDuctMm,
        BigDecimal nearestVesselDiameterMm,
        Integer distanceToNearestVesselMm,
        // kidney; the dictionary spells the T stage "cTStage", which bean naming would otherwise mangle
        @JsonProperty("cTStage") String cTStage,
        Boolean renalCentral,
        Boolean nearUreter,
        // lung
        String nsclcStage,
        Boolean centralLocation,
        // bone
        Integer painNrs,
        String intent,
        Boolean weightBearing,
        Boolean corticalDestruction,
        Boolean fractureRisk,
        Boolean neuralProximity,
        Boolean priorRadiotherapy,
        // thyroid
        Integer benignCytologyCount,
        Boolean symptomatic,
        Boolean cosmeticComplaint,
        Boolean autonomouslyFunctioning,
        Boolean nearRecurrentLaryngealNerve,
        String neckLevel,
        Integer priorNeckOperations,
        // pancreas
        String resectability,
        Integer inductionChemotherapyMonths,
        Boolean biliaryObstruction,
        Boolean hepaticArteryPortalVeinStenosis,
        // IRE candidate
        Boolean metalInAblationZone,
        // skin
        Integer nodeCount,
        Boolean surgicalOptionAvailable) {
}
