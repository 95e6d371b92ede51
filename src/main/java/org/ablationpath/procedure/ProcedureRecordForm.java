package org.ablationpath.procedure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The form of the "Record the procedure" task (STG-06; outcomes.md 4.9): one session with an application per tumour
 * per applicator position and the technical success of every treated tumour. Checks that need the case or today's
 * date (tumours of the case, cardiac device, dates) are made when it is submitted.
 */
public class ProcedureRecordForm {

    @NotNull
    private LocalDate procedureDate;
    private OffsetDateTime startAt;
    private OffsetDateTime endAt;
    @NotNull
    private IntentType intentType;
    @NotNull
    private Approach approach;
    @NotEmpty
    private List<Guidance> guidance = new ArrayList<>();
    @NotNull
    private Anaesthesia anaesthesia;
    @NotNull
    private ProcedureSetting setting;
    @NotNull
    private Boolean antibioticProphylaxis;
    private List<ProtectiveTechnique> protectiveTechniques = new ArrayList<>();
    private Boolean tractAblation;
    private Boolean combinedWithTace;
    private LocalDate taceDate;
    private CardiacDeviceManagement cardiacDeviceManaged;
    @PositiveOrZero
    @Digits(integer = 8, fraction = 2)
    private BigDecimal doseLengthProductMGyCm;
    @PositiveOrZero
    private Integer contrastVolumeMl;
    @NotEmpty
    @Valid
    private List<AblationApplication> applications = new ArrayList<>();
    @NotEmpty
    @Valid
    private List<TechnicalSuccessEntry> technicalSuccess = new ArrayList<>();

    public LocalDate getProcedureDate() {
        return procedureDate;
    }

    public void setProcedureDate(LocalDate procedureDate) {
        this.procedureDate = procedureDate;
    }

    public OffsetDateTime getStartAt() {
        return startAt;
    }

    public void setStartAt(OffsetDateTime startAt) {
        this.startAt = startAt;
    }

    public OffsetDateTime getEndAt() {
        return endAt;
    }

    public void setEndAt(OffsetDateTime endAt) {
        this.endAt = endAt;
    }

    public IntentType getIntentType() {
        return intentType;
    }

    public void setIntentType(IntentType intentType) {
        this.intentType = intentType;
    }

    public Approach getApproach() {
        return approach;
    }

    public void setApproach(Approach approach) {
        this.approach = approach;
    }

    public List<Guidance> getGuidance() {
        return guidance;
    }

    public void setGuidance(List<Guidance> guidance) {
        this.guidance = guidance;
    }

    public Anaesthesia getAnaesthesia() {
        return anaesthesia;
    }

    public void setAnaesthesia(Anaesthesia anaesthesia) {
        this.anaesthesia = anaesthesia;
    }

    public ProcedureSetting getSetting() {
        return setting;
    }

    public void setSetting(ProcedureSetting setting) {
        this.setting = setting;
    }

    public Boolean getAntibioticProphylaxis() {
        return antibioticProphylaxis;
    }

    public void setAntibioticProphylaxis(Boolean antibioticProphylaxis) {
        this.antibioticProphylaxis = antibioticProphylaxis;
    }

    public List<ProtectiveTechnique> getProtectiveTechniques() {
        return protectiveTechniques;
    }

    public void setProtectiveTechniques(List<ProtectiveTechnique> protectiveTechniques) {
        this.protectiveTechniques = protectiveTechniques;
    }

    public Boolean getTractAblation() {
        return tractAblation;
    }

    public void setTractAblation(Boolean tractAblation) {
        this.tractAblation = tractAblation;
    }

    public Boolean getCombinedWithTace() {
        return combinedWithTace;
    }

    public void setCombinedWithTace(Boolean combinedWithTace) {
        this.combinedWithTace = combinedWithTace;
    }

    public LocalDate getTaceDate() {
        return taceDate;
    }

    public void setTaceDate(LocalDate taceDate) {
        this.taceDate = taceDate;
    }

    public CardiacDeviceManagement getCardiacDeviceManaged() {
        return cardiacDeviceManaged;
    }

    public void setCardiacDeviceManaged(CardiacDeviceManagement cardiacDeviceManaged) {
        this.cardiacDeviceManaged = cardiacDeviceManaged;
    }

    public BigDecimal getDoseLengthProductMGyCm() {
        return doseLengthProductMGyCm;
    }

    public void setDoseLengthProductMGyCm(BigDecimal doseLengthProductMGyCm) {
        this.doseLengthProductMGyCm = doseLengthProductMGyCm;
    }

    public Integer getContrastVolumeMl() {
        return contrastVolumeMl;
    }

    public void setContrastVolumeMl(Integer contrastVolumeMl) {
        this.contrastVolumeMl = contrastVolumeMl;
    }

    public List<AblationApplication> getApplications() {
        return applications;
    }

    public void setApplications(List<AblationApplication> applications) {
        this.applications = applications;
    }

    public List<TechnicalSuccessEntry> getTechnicalSuccess() {
        return technicalSuccess;
    }

    public void setTechnicalSuccess(List<TechnicalSuccessEntry> technicalSuccess) {
        this.technicalSuccess = technicalSuccess;
    }
}
