package org.ablationpath.referral.ui;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the referral screen binds: the referral, the patient and the liver fields the rules need
 * (outcomes.md 4.2–4.6). The screen checks form and ranges here; the validation rules (VAL) then check the
 * whole case again in the service, so the API and the screen reject the same things.
 */
public class ReferralForm {

    @NotNull private String source = "INTERNAL";
    @NotNull private String urgency = "ROUTINE";
    @NotBlank @Size(max = 2000) private String question;

    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{referral.pseudonym.pattern}")
    private String pseudonym;
    @NotNull private String sex;
    @NotNull @Past private LocalDate birthDate;
    @NotNull @Min(0) @Max(4) private Integer ecog;
    private String pregnancyStatus;
    @NotNull private String cardiacDevice = "NONE";
    @NotNull private String anticoagulation = "NONE";
    @NotNull private String antiplatelet = "NONE";
    private boolean activeInfection;
    private boolean canCooperate = true;
    private boolean majorOrganFailure;
    @NotNull private String fitForSurgery;

    private boolean cirrhosis;
    private String ascites = "NONE";
    @Min(0) @Max(4) private Integer encephalopathyGrade = 0;
    private boolean extrahepaticDisease;
    private String macrovascularInvasion = "NONE";

    @NotNull @PastOrPresent private LocalDate labDate;
    @NotNull @DecimalMin("1") @DecimalMax("2000") private Double platelets;
    @NotNull @DecimalMin("0.5") @DecimalMax("10") private Double inr;
    @DecimalMin("1") @DecimalMax("1000") private Double bilirubin;
    @DecimalMin("5") @DecimalMax("70") private Double albumin;
    @DecimalMin("10") @DecimalMax("3000") private Double creatinine;

    @NotNull @PastOrPresent private LocalDate referralDate = LocalDate.now();
    @PastOrPresent private LocalDate imagingDate;
    private LocalDate mdtDate;

    @Valid @NotEmpty private List<TumorRow> tumors = new ArrayList<>(List.of(new TumorRow()));

    /** One tumor of the referral; {@code tumorId} is the stored tumour's id in a work-up, null for a new tumour. */
    public static class TumorRow {
        private String tumorId;
        @NotNull private String organ = "LIVER";
        @NotNull private String histology;
        private String diagnosisBasis;
        private String liradsCategory;
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("300") private Double maxDiameterMm;

        public String getTumorId() { return tumorId; }
        public void setTumorId(String tumorId) { this.tumorId = tumorId; }
        public String getOrgan() { return organ; }
        public void setOrgan(String organ) { this.organ = organ; }
        public String getHistology() { return histology; }
        public void setHistology(String histology) { this.histology = histology; }
        public String getDiagnosisBasis() { return diagnosisBasis; }
        public void setDiagnosisBasis(String diagnosisBasis) { this.diagnosisBasis = diagnosisBasis; }
        public String getLiradsCategory() { return liradsCategory; }
        public void setLiradsCategory(String liradsCategory) { this.liradsCategory = liradsCategory; }
        public Double getMaxDiameterMm() { return maxDiameterMm; }
        public void setMaxDiameterMm(Double maxDiameterMm) { this.maxDiameterMm = maxDiameterMm; }
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public String getPseudonym() { return pseudonym; }
    public void setPseudonym(String pseudonym) { this.pseudonym = pseudonym; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Integer getEcog() { return ecog; }
    public void setEcog(Integer ecog) { this.ecog = ecog; }
    public String getPregnancyStatus() { return pregnancyStatus; }
    public void setPregnancyStatus(String pregnancyStatus) { this.pregnancyStatus = pregnancyStatus; }
    public String getCardiacDevice() { return cardiacDevice; }
    public void setCardiacDevice(String cardiacDevice) { this.cardiacDevice = cardiacDevice; }
    public String getAnticoagulation() { return anticoagulation; }
    public void setAnticoagulation(String anticoagulation) { this.anticoagulation = anticoagulation; }
    public String getAntiplatelet() { return antiplatelet; }
    public void setAntiplatelet(String antiplatelet) { this.antiplatelet = antiplatelet; }
    public boolean isActiveInfection() { return activeInfection; }
    public void setActiveInfection(boolean activeInfection) { this.activeInfection = activeInfection; }
    public boolean isCanCooperate() { return canCooperate; }
    public void setCanCooperate(boolean canCooperate) { this.canCooperate = canCooperate; }
    public boolean isMajorOrganFailure() { return majorOrganFailure; }
    public void setMajorOrganFailure(boolean majorOrganFailure) { this.majorOrganFailure = majorOrganFailure; }
    public String getFitForSurgery() { return fitForSurgery; }
    public void setFitForSurgery(String fitForSurgery) { this.fitForSurgery = fitForSurgery; }
    public boolean isCirrhosis() { return cirrhosis; }
    public void setCirrhosis(boolean cirrhosis) { this.cirrhosis = cirrhosis; }
    public String getAscites() { return ascites; }
    public void setAscites(String ascites) { this.ascites = ascites; }
    public Integer getEncephalopathyGrade() { return encephalopathyGrade; }
    public void setEncephalopathyGrade(Integer encephalopathyGrade) { this.encephalopathyGrade = encephalopathyGrade; }
    public boolean isExtrahepaticDisease() { return extrahepaticDisease; }
    public void setExtrahepaticDisease(boolean extrahepaticDisease) { this.extrahepaticDisease = extrahepaticDisease; }
    public String getMacrovascularInvasion() { return macrovascularInvasion; }
    public void setMacrovascularInvasion(String macrovascularInvasion) { this.macrovascularInvasion = macrovascularInvasion; }
    public LocalDate getLabDate() { return labDate; }
    public void setLabDate(LocalDate labDate) { this.labDate = labDate; }
    public Double getPlatelets() { return platelets; }
    public void setPlatelets(Double platelets) { this.platelets = platelets; }
    public Double getInr() { return inr; }
    public void setInr(Double inr) { this.inr = inr; }
    public Double getBilirubin() { return bilirubin; }
    public void setBilirubin(Double bilirubin) { this.bilirubin = bilirubin; }
    public Double getAlbumin() { return albumin; }
    public void setAlbumin(Double albumin) { this.albumin = albumin; }
    public Double getCreatinine() { return creatinine; }
    public void setCreatinine(Double creatinine) { this.creatinine = creatinine; }
    public LocalDate getReferralDate() { return referralDate; }
    public void setReferralDate(LocalDate referralDate) { this.referralDate = referralDate; }
    public LocalDate getImagingDate() { return imagingDate; }
    public void setImagingDate(LocalDate imagingDate) { this.imagingDate = imagingDate; }
    public LocalDate getMdtDate() { return mdtDate; }
    public void setMdtDate(LocalDate mdtDate) { this.mdtDate = mdtDate; }
    public List<TumorRow> getTumors() { return tumors; }
    public void setTumors(List<TumorRow> tumors) { this.tumors = tumors; }
}
