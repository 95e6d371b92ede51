package org.ablationpath.procedure.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.ablationpath.platform.persistence.CreationStamped;
import org.ablationpath.procedure.AblationApplication;
import org.ablationpath.procedure.ApplicatorType;
import org.ablationpath.procedure.EctDoseUnit;
import org.ablationpath.procedure.EctDrug;
import org.ablationpath.procedure.EctRoute;
import org.ablationpath.procedure.Modality;
import org.hibernate.envers.Audited;

/** One tumour at one applicator position of a session (outcomes.md 4.10), in the order the operator recorded it. */
@Entity
@Audited
@Table(name = "ablation_application")
class ApplicationEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "procedure_id")
    private UUID procedureId;
    @Column(name = "case_id")
    private UUID caseId;
    private int position;
    @Column(name = "tumor_id")
    private String tumorId;
    @Enumerated(EnumType.STRING)
    private Modality modality;
    @Column(name = "device_manufacturer")
    private String deviceManufacturer;
    @Column(name = "device_model")
    private String deviceModel;
    @Column(name = "generator_model")
    private String generatorModel;
    @Enumerated(EnumType.STRING)
    @Column(name = "applicator_type")
    private ApplicatorType applicatorType;
    @Column(name = "applicator_gauge")
    private Integer applicatorGauge;
    @Column(name = "active_tip_length_mm")
    private Integer activeTipLengthMm;
    @Column(name = "number_of_applicators")
    private Integer numberOfApplicators;
    @Column(name = "number_of_positions")
    private Integer numberOfPositions;
    @Column(name = "power_w")
    private BigDecimal powerW;
    @Column(name = "duration_sec")
    private Integer durationSec;
    @Column(name = "energy_kj")
    private BigDecimal energyKJ;
    @Column(name = "target_temperature_c")
    private BigDecimal targetTemperatureC;
    @Column(name = "freeze_thaw_cycles")
    private Integer freezeThawCycles;
    @Column(name = "freeze_minutes")
    private Integer freezeMinutes;
    @Column(name = "thaw_minutes")
    private Integer thawMinutes;
    @Column(name = "electrode_pairs")
    private Integer electrodePairs;
    @Column(name = "pulses_per_pair")
    private Integer pulsesPerPair;
    @Column(name = "voltage_v")
    private Integer voltageV;
    @Column(name = "pulse_length_us")
    private Integer pulseLengthUs;
    @Column(name = "current_a")
    private BigDecimal currentA;
    @Enumerated(EnumType.STRING)
    @Column(name = "ect_drug")
    private EctDrug ectDrug;
    @Column(name = "ect_dose")
    private BigDecimal ectDose;
    @Enumerated(EnumType.STRING)
    @Column(name = "ect_dose_unit")
    private EctDoseUnit ectDoseUnit;
    @Enumerated(EnumType.STRING)
    @Column(name = "ect_route")
    private EctRoute ectRoute;
    @Column(name = "ablation_zone_long_mm")
    private Integer ablationZoneLongMm;
    @Column(name = "ablation_zone_short_mm")
    private Integer ablationZoneShortMm;

    protected ApplicationEntity() {
    }

    ApplicationEntity(UUID procedureId, UUID caseId, int position, AblationApplication a) {
        this.id = UUID.randomUUID();
        this.procedureId = procedureId;
        this.caseId = caseId;
        this.position = position;
        this.tumorId = a.getTumorId().strip();
        this.modality = a.getModality();
        this.deviceManufacturer = a.getDeviceManufacturer().strip();
        this.deviceModel = a.getDeviceModel().strip();
        this.generatorModel = a.getGeneratorModel().strip();
        this.applicatorType = a.getApplicatorType();
        this.applicatorGauge = a.getApplicatorGauge();
        this.activeTipLengthMm = a.getActiveTipLengthMm();
        this.numberOfApplicators = a.getNumberOfApplicators();
        this.numberOfPositions = a.getNumberOfPositions();
        this.powerW = a.getPowerW();
        this.durationSec = a.getDurationSec();
        this.energyKJ = a.getEnergyKJ();
        this.targetTemperatureC = a.getTargetTemperatureC();
        this.freezeThawCycles = a.getFreezeThawCycles();
        this.freezeMinutes = a.getFreezeMinutes();
        this.thawMinutes = a.getThawMinutes();
        this.electrodePairs = a.getElectrodePairs();
        this.pulsesPerPair = a.getPulsesPerPair();
        this.voltageV = a.getVoltageV();
        this.pulseLengthUs = a.getPulseLengthUs();
        this.currentA = a.getCurrentA();
        this.ectDrug = a.getEctDrug();
        this.ectDose = a.getEctDose();
        this.ectDoseUnit = a.getEctDoseUnit();
        this.ectRoute = a.getEctRoute();
        this.ablationZoneLongMm = a.getAblationZoneLongMm();
        this.ablationZoneShortMm = a.getAblationZoneShortMm();
    }

    UUID procedureId() {
        return procedureId;
    }

    String tumorId() {
        return tumorId;
    }

    AblationApplication toApplication() {
        AblationApplication a = new AblationApplication();
        a.setTumorId(tumorId);
        a.setModality(modality);
        a.setDeviceManufacturer(deviceManufacturer);
        a.setDeviceModel(deviceModel);
        a.setGeneratorModel(generatorModel);
        a.setApplicatorType(applicatorType);
        a.setApplicatorGauge(applicatorGauge);
        a.setActiveTipLengthMm(activeTipLengthMm);
        a.setNumberOfApplicators(numberOfApplicators);
        a.setNumberOfPositions(numberOfPositions);
        a.setPowerW(powerW);
        a.setDurationSec(durationSec);
        a.setEnergyKJ(energyKJ);
        a.setTargetTemperatureC(targetTemperatureC);
        a.setFreezeThawCycles(freezeThawCycles);
        a.setFreezeMinutes(freezeMinutes);
        a.setThawMinutes(thawMinutes);
        a.setElectrodePairs(electrodePairs);
        a.setPulsesPerPair(pulsesPerPair);
        a.setVoltageV(voltageV);
        a.setPulseLengthUs(pulseLengthUs);
        a.setCurrentA(currentA);
        a.setEctDrug(ectDrug);
        a.setEctDose(ectDose);
        a.setEctDoseUnit(ectDoseUnit);
        a.setEctRoute(ectRoute);
        a.setAblationZoneLongMm(ablationZoneLongMm);
        a.setAblationZoneShortMm(ablationZoneShortMm);
        return a;
    }
}
