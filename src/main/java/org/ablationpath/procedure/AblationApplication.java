package org.ablationpath.procedure;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One tumour at one applicator position (outcomes.md 4.10): a row of the procedure record form and of the stored
 * session. Which parameters are required depends on the modality ({@link ModalityParameters}); the column sizes of
 * the data dictionary are the {@code @Digits} limits.
 */
@ModalityParameters
public class AblationApplication {

    @NotBlank
    @Size(max = 20)
    private String tumorId;
    @NotNull
    private Modality modality;
    @NotBlank
    @Size(max = 100)
    private String deviceManufacturer;
    @NotBlank
    @Size(max = 100)
    private String deviceModel;
    @NotBlank
    @Size(max = 100)
    private String generatorModel;
    @NotNull
    private ApplicatorType applicatorType;
    @Positive
    private Integer applicatorGauge;
    @Positive
    private Integer activeTipLengthMm;
    @NotNull
    @Min(1)
    private Integer numberOfApplicators;
    @NotNull
    @Min(1)
    private Integer numberOfPositions;
    @Positive
    @Digits(integer = 5, fraction = 1)
    private BigDecimal powerW;
    @Positive
    private Integer durationSec;
    @PositiveOrZero
    @Digits(integer = 6, fraction = 2)
    private BigDecimal energyKJ;
    @Digits(integer = 3, fraction = 1)
    private BigDecimal targetTemperatureC;
    @Min(1)
    private Integer freezeThawCycles;
    @Positive
    private Integer freezeMinutes;
    @PositiveOrZero
    private Integer thawMinutes;
    @Min(1)
    private Integer electrodePairs;
    @Min(1)
    private Integer pulsesPerPair;
    @Positive
    private Integer voltageV;
    @Positive
    private Integer pulseLengthUs;
    @PositiveOrZero
    @Digits(integer = 4, fraction = 1)
    private BigDecimal currentA;
    private EctDrug ectDrug;
    @Positive
    @Digits(integer = 8, fraction = 2)
    private BigDecimal ectDose;
    private EctDoseUnit ectDoseUnit;
    private EctRoute ectRoute;
    @Positive
    private Integer ablationZoneLongMm;
    @Positive
    private Integer ablationZoneShortMm;

    public String getTumorId() {
        return tumorId;
    }

    public void setTumorId(String tumorId) {
        this.tumorId = tumorId;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public String getDeviceManufacturer() {
        return deviceManufacturer;
    }

    public void setDeviceManufacturer(String deviceManufacturer) {
        this.deviceManufacturer = deviceManufacturer;
    }

    public String getDeviceModel() {
        return deviceModel;
    }

    public void setDeviceModel(String deviceModel) {
        this.deviceModel = deviceModel;
    }

    public String getGeneratorModel() {
        return generatorModel;
    }

    public void setGeneratorModel(String generatorModel) {
        this.generatorModel = generatorModel;
    }

    public ApplicatorType getApplicatorType() {
        return applicatorType;
    }

    public void setApplicatorType(ApplicatorType applicatorType) {
        this.applicatorType = applicatorType;
    }

    public Integer getApplicatorGauge() {
        return applicatorGauge;
    }

    public void setApplicatorGauge(Integer applicatorGauge) {
        this.applicatorGauge = applicatorGauge;
    }

    public Integer getActiveTipLengthMm() {
        return activeTipLengthMm;
    }

    public void setActiveTipLengthMm(Integer activeTipLengthMm) {
        this.activeTipLengthMm = activeTipLengthMm;
    }

    public Integer getNumberOfApplicators() {
        return numberOfApplicators;
    }

    public void setNumberOfApplicators(Integer numberOfApplicators) {
        this.numberOfApplicators = numberOfApplicators;
    }

    public Integer getNumberOfPositions() {
        return numberOfPositions;
    }

    public void setNumberOfPositions(Integer numberOfPositions) {
        this.numberOfPositions = numberOfPositions;
    }

    public BigDecimal getPowerW() {
        return powerW;
    }

    public void setPowerW(BigDecimal powerW) {
        this.powerW = powerW;
    }

    public Integer getDurationSec() {
        return durationSec;
    }

    public void setDurationSec(Integer durationSec) {
        this.durationSec = durationSec;
    }

    public BigDecimal getEnergyKJ() {
        return energyKJ;
    }

    public void setEnergyKJ(BigDecimal energyKJ) {
        this.energyKJ = energyKJ;
    }

    public BigDecimal getTargetTemperatureC() {
        return targetTemperatureC;
    }

    public void setTargetTemperatureC(BigDecimal targetTemperatureC) {
        this.targetTemperatureC = targetTemperatureC;
    }

    public Integer getFreezeThawCycles() {
        return freezeThawCycles;
    }

    public void setFreezeThawCycles(Integer freezeThawCycles) {
        this.freezeThawCycles = freezeThawCycles;
    }

    public Integer getFreezeMinutes() {
        return freezeMinutes;
    }

    public void setFreezeMinutes(Integer freezeMinutes) {
        this.freezeMinutes = freezeMinutes;
    }

    public Integer getThawMinutes() {
        return thawMinutes;
    }

    public void setThawMinutes(Integer thawMinutes) {
        this.thawMinutes = thawMinutes;
    }

    public Integer getElectrodePairs() {
        return electrodePairs;
    }

    public void setElectrodePairs(Integer electrodePairs) {
        this.electrodePairs = electrodePairs;
    }

    public Integer getPulsesPerPair() {
        return pulsesPerPair;
    }

    public void setPulsesPerPair(Integer pulsesPerPair) {
        this.pulsesPerPair = pulsesPerPair;
    }

    public Integer getVoltageV() {
        return voltageV;
    }

    public void setVoltageV(Integer voltageV) {
        this.voltageV = voltageV;
    }

    public Integer getPulseLengthUs() {
        return pulseLengthUs;
    }

    public void setPulseLengthUs(Integer pulseLengthUs) {
        this.pulseLengthUs = pulseLengthUs;
    }

    public BigDecimal getCurrentA() {
        return currentA;
    }

    public void setCurrentA(BigDecimal currentA) {
        this.currentA = currentA;
    }

    public EctDrug getEctDrug() {
        return ectDrug;
    }

    public void setEctDrug(EctDrug ectDrug) {
        this.ectDrug = ectDrug;
    }

    public BigDecimal getEctDose() {
        return ectDose;
    }

    public void setEctDose(BigDecimal ectDose) {
        this.ectDose = ectDose;
    }

    public EctDoseUnit getEctDoseUnit() {
        return ectDoseUnit;
    }

    public void setEctDoseUnit(EctDoseUnit ectDoseUnit) {
        this.ectDoseUnit = ectDoseUnit;
    }

    public EctRoute getEctRoute() {
        return ectRoute;
    }

    public void setEctRoute(EctRoute ectRoute) {
        this.ectRoute = ectRoute;
    }

    public Integer getAblationZoneLongMm() {
        return ablationZoneLongMm;
    }

    public void setAblationZoneLongMm(Integer ablationZoneLongMm) {
        this.ablationZoneLongMm = ablationZoneLongMm;
    }

    public Integer getAblationZoneShortMm() {
        return ablationZoneShortMm;
    }

    public void setAblationZoneShortMm(Integer ablationZoneShortMm) {
        this.ablationZoneShortMm = ablationZoneShortMm;
    }
}
