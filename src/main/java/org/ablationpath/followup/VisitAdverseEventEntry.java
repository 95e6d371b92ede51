package org.ablationpath.followup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.ablationpath.safety.AdverseEventOutcome;
import org.ablationpath.safety.Attribution;

/** An adverse event reported at the visit (outcomes.md 4.13): CTCAE term and grade, onset, what the nurse knows of attribution, interventions, hospital stay and outcome. */
public class VisitAdverseEventEntry {

    @NotBlank
    @Size(max = 200)
    private String ctcaeTerm;
    @NotNull
    @Min(1)
    @Max(5)
    private Integer grade;
    @NotNull
    private LocalDate onsetDate;
    private Attribution attribution;
    private List<AeIntervention> interventions;
    private Boolean hospitalized;
    private LocalDate admissionDate;
    private LocalDate dischargeDate;
    private AdverseEventOutcome outcome;
    @Size(max = 2000)
    private String description;

    public VisitAdverseEventEntry() {
    }

    public String getCtcaeTerm() {
        return ctcaeTerm;
    }

    public void setCtcaeTerm(String ctcaeTerm) {
        this.ctcaeTerm = ctcaeTerm;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public LocalDate getOnsetDate() {
        return onsetDate;
    }

    public void setOnsetDate(LocalDate onsetDate) {
        this.onsetDate = onsetDate;
    }

    public Attribution getAttribution() {
        return attribution;
    }

    public void setAttribution(Attribution attribution) {
        this.attribution = attribution;
    }

    public List<AeIntervention> getInterventions() {
        return interventions;
    }

    public void setInterventions(List<AeIntervention> interventions) {
        this.interventions = interventions;
    }

    public Boolean getHospitalized() {
        return hospitalized;
    }

    public void setHospitalized(Boolean hospitalized) {
        this.hospitalized = hospitalized;
    }

    public LocalDate getAdmissionDate() {
        return admissionDate;
    }

    public void setAdmissionDate(LocalDate admissionDate) {
        this.admissionDate = admissionDate;
    }

    public LocalDate getDischargeDate() {
        return dischargeDate;
    }

    public void setDischargeDate(LocalDate dischargeDate) {
        this.dischargeDate = dischargeDate;
    }

    public AdverseEventOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AdverseEventOutcome outcome) {
        this.outcome = outcome;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
