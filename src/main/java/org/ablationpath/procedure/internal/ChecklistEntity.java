package org.ablationpath.procedure.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ablationpath.platform.persistence.CreationStamped;
import org.ablationpath.procedure.Anaesthesia;
import org.ablationpath.procedure.AnticoagulationPlan;
import org.ablationpath.procedure.CardiacDeviceManagement;
import org.ablationpath.procedure.ChecklistCaution;
import org.ablationpath.procedure.ChecklistDetail;
import org.ablationpath.procedure.PreProcedureChecklistForm;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** One submitted pre-procedure checklist; a new submission is a new row, so the history stays. */
@Entity
@Audited
@Table(name = "pre_procedure_checklist")
class ChecklistEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "planned_procedure_date")
    private LocalDate plannedProcedureDate;
    @Column(name = "consent_date")
    private LocalDate consentDate;
    @Column(name = "consent_version")
    private String consentVersion;
    @Enumerated(EnumType.STRING)
    @Column(name = "anaesthesia_plan")
    private Anaesthesia anaesthesiaPlan;
    @Enumerated(EnumType.STRING)
    @Column(name = "anticoagulation_plan")
    private AnticoagulationPlan anticoagulationPlan;
    @Column(name = "pregnancy_test_required")
    private boolean pregnancyTestRequired;
    @Column(name = "pregnancy_test_date")
    private LocalDate pregnancyTestDate;
    @Column(name = "pregnancy_test_negative")
    private Boolean pregnancyTestNegative;
    @Enumerated(EnumType.STRING)
    @Column(name = "cardiac_device_plan")
    private CardiacDeviceManagement cardiacDevicePlan;
    @Column(name = "antibiotic_prophylaxis_planned")
    private boolean antibioticProphylaxisPlanned;
    @Column(name = "last_chemotherapy_date")
    private LocalDate lastChemotherapyDate;
    @Column(name = "fasting_instructions_given")
    private boolean fastingInstructionsGiven;
    private String note;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<ChecklistCaution> cautions;

    protected ChecklistEntity() {
    }

    ChecklistEntity(UUID caseId, String centerId, String taskId, PreProcedureChecklistForm form,
                    boolean pregnancyTestRequired, List<ChecklistCaution> cautions) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.taskId = taskId;
        this.plannedProcedureDate = form.getPlannedProcedureDate();
        this.consentDate = form.getConsentDate();
        this.consentVersion = blankToNull(form.getConsentVersion());
        this.anaesthesiaPlan = form.getAnaesthesiaPlan();
        this.anticoagulationPlan = form.getAnticoagulationPlan();
        this.pregnancyTestRequired = pregnancyTestRequired;
        this.pregnancyTestDate = form.getPregnancyTestDate();
        this.pregnancyTestNegative = form.getPregnancyTestNegative();
        this.cardiacDevicePlan = form.getCardiacDevicePlan();
        this.antibioticProphylaxisPlanned = form.getAntibioticProphylaxisPlanned();
        this.lastChemotherapyDate = form.getLastChemotherapyDate();
        this.fastingInstructionsGiven = form.getFastingInstructionsGiven();
        this.note = blankToNull(form.getNote());
        this.cautions = List.copyOf(cautions);
    }

    UUID id() {
        return id;
    }

    LocalDate plannedProcedureDate() {
        return plannedProcedureDate;
    }

    ChecklistDetail toDetail(boolean followedBySession) {
        return new ChecklistDetail(id, plannedProcedureDate, consentDate, consentVersion, anaesthesiaPlan,
                anticoagulationPlan, pregnancyTestRequired, pregnancyTestDate, pregnancyTestNegative, cardiacDevicePlan,
                antibioticProphylaxisPlanned, lastChemotherapyDate, fastingInstructionsGiven, note,
                cautions == null ? List.of() : List.copyOf(cautions), followedBySession, createdBy(), createdAt());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
