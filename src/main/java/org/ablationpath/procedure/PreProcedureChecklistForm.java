package org.ablationpath.procedure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The nurse's pre-procedure checklist (STG-05). Conditional items — the pregnancy test (TMR-07) for a woman aged
 * 12–55 at the planned date, the device plan for a patient with a cardiac implantable device — and the dates
 * relative to today are checked when it is submitted; a recent chemotherapy (TMR-08) is a caution, not a block.
 */
public class PreProcedureChecklistForm {

    @NotNull
    private LocalDate plannedProcedureDate;
    @NotNull
    private LocalDate consentDate;
    @Size(max = 20)
    private String consentVersion;
    @NotNull
    private Anaesthesia anaesthesiaPlan;
    @NotNull
    private AnticoagulationPlan anticoagulationPlan;
    private LocalDate pregnancyTestDate;
    private Boolean pregnancyTestNegative;
    private CardiacDeviceManagement cardiacDevicePlan;
    @NotNull
    private Boolean antibioticProphylaxisPlanned;
    private LocalDate lastChemotherapyDate;
    @NotNull
    private Boolean fastingInstructionsGiven;
    @Size(max = 2000)
    private String note;

    public LocalDate getPlannedProcedureDate() {
        return plannedProcedureDate;
    }

    public void setPlannedProcedureDate(LocalDate plannedProcedureDate) {
        this.plannedProcedureDate = plannedProcedureDate;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public void setConsentVersion(String consentVersion) {
        this.consentVersion = consentVersion;
    }

    public Anaesthesia getAnaesthesiaPlan() {
        return anaesthesiaPlan;
    }

    public void setAnaesthesiaPlan(Anaesthesia anaesthesiaPlan) {
        this.anaesthesiaPlan = anaesthesiaPlan;
    }

    public AnticoagulationPlan getAnticoagulationPlan() {
        return anticoagulationPlan;
    }

    public void setAnticoagulationPlan(AnticoagulationPlan anticoagulationPlan) {
        this.anticoagulationPlan = anticoagulationPlan;
    }

    public LocalDate getPregnancyTestDate() {
        return pregnancyTestDate;
    }

    public void setPregnancyTestDate(LocalDate pregnancyTestDate) {
        this.pregnancyTestDate = pregnancyTestDate;
    }

    public Boolean getPregnancyTestNegative() {
        return pregnancyTestNegative;
    }

    public void setPregnancyTestNegative(Boolean pregnancyTestNegative) {
        this.pregnancyTestNegative = pregnancyTestNegative;
    }

    public CardiacDeviceManagement getCardiacDevicePlan() {
        return cardiacDevicePlan;
    }

    public void setCardiacDevicePlan(CardiacDeviceManagement cardiacDevicePlan) {
        this.cardiacDevicePlan = cardiacDevicePlan;
    }

    public Boolean getAntibioticProphylaxisPlanned() {
        return antibioticProphylaxisPlanned;
    }

    public void setAntibioticProphylaxisPlanned(Boolean antibioticProphylaxisPlanned) {
        this.antibioticProphylaxisPlanned = antibioticProphylaxisPlanned;
    }

    public LocalDate getLastChemotherapyDate() {
        return lastChemotherapyDate;
    }

    public void setLastChemotherapyDate(LocalDate lastChemotherapyDate) {
        this.lastChemotherapyDate = lastChemotherapyDate;
    }

    public Boolean getFastingInstructionsGiven() {
        return fastingInstructionsGiven;
    }

    public void setFastingInstructionsGiven(Boolean fastingInstructionsGiven) {
        this.fastingInstructionsGiven = fastingInstructionsGiven;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
