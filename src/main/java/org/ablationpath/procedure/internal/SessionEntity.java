package org.ablationpath.procedure.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.ablationpath.procedure.Anaesthesia;
import org.ablationpath.procedure.Approach;
import org.ablationpath.procedure.CardiacDeviceManagement;
import org.ablationpath.procedure.Guidance;
import org.ablationpath.procedure.IntentType;
import org.ablationpath.procedure.PostProcedureDischargeForm;
import org.ablationpath.procedure.ProcedureRecordForm;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSetting;
import org.ablationpath.procedure.ProtectiveTechnique;
import org.ablationpath.procedure.SessionDetail;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** One ablation session (outcomes.md 4.9); changed once more when the patient is discharged (STG-07). */
@Entity
@Audited
@Table(name = "procedure_session")
class SessionEntity extends ChangeStamped {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "checklist_id")
    private UUID checklistId;
    @Column(name = "session_number")
    private int sessionNumber;
    @Column(name = "procedure_date")
    private LocalDate procedureDate;
    @Column(name = "start_at")
    private OffsetDateTime startAt;
    @Column(name = "end_at")
    private OffsetDateTime endAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "intent_type")
    private IntentType intentType;
    @Enumerated(EnumType.STRING)
    private Approach approach;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> guidance;
    @Enumerated(EnumType.STRING)
    private Anaesthesia anaesthesia;
    @Enumerated(EnumType.STRING)
    private ProcedureSetting setting;
    @Column(name = "antibiotic_prophylaxis")
    private boolean antibioticProphylaxis;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "protective_techniques")
    private List<String> protectiveTechniques;
    @Column(name = "tract_ablation")
    private Boolean tractAblation;
    @Column(name = "combined_with_tace")
    private Boolean combinedWithTace;
    @Column(name = "tace_date")
    private LocalDate taceDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "cardiac_device_managed")
    private CardiacDeviceManagement cardiacDeviceManaged;
    @Column(name = "dose_length_product_mgycm")
    private BigDecimal doseLengthProductMGyCm;
    @Column(name = "contrast_volume_ml")
    private Integer contrastVolumeMl;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "technical_success")
    private Map<String, Boolean> technicalSuccess;
    @Column(name = "discharge_date")
    private LocalDate dischargeDate;
    @Column(name = "length_of_stay_days")
    private Integer lengthOfStayDays;
    @Column(name = "unplanned_admission")
    private Boolean unplannedAdmission;
    @Column(name = "prolonged_stay")
    private Boolean prolongedStay;
    @Column(name = "discharge_note")
    private String dischargeNote;
    @Column(name = "discharged_by")
    private String dischargedBy;

    protected SessionEntity() {
    }

    SessionEntity(UUID caseId, String centerId, String taskId, UUID checklistId, int sessionNumber, ProcedureRecordForm form) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.taskId = taskId;
        this.checklistId = checklistId;
        this.sessionNumber = sessionNumber;
        this.procedureDate = form.getProcedureDate();
        this.startAt = form.getStartAt();
        this.endAt = form.getEndAt();
        this.intentType = form.getIntentType();
        this.approach = form.getApproach();
        this.guidance = form.getGuidance().stream().distinct().map(Enum::name).toList();
        this.anaesthesia = form.getAnaesthesia();
        this.setting = form.getSetting();
        this.antibioticProphylaxis = form.getAntibioticProphylaxis();
        this.protectiveTechniques = form.getProtectiveTechniques() == null ? List.of()
                : form.getProtectiveTechniques().stream().distinct().map(Enum::name).toList();
        this.tractAblation = form.getTractAblation();
        this.combinedWithTace = form.getCombinedWithTace();
        this.taceDate = form.getTaceDate();
        this.cardiacDeviceManaged = form.getCardiacDeviceManaged();
        this.doseLengthProductMGyCm = form.getDoseLengthProductMGyCm();
        this.contrastVolumeMl = form.getContrastVolumeMl();
        Map<String, Boolean> success = new LinkedHashMap<>();
        form.getTechnicalSuccess().forEach(entry -> success.put(entry.getTumorId(), entry.getSuccess()));
        this.technicalSuccess = success;
    }

    UUID id() {
        return id;
    }

    UUID checklistId() {
        return checklistId;
    }

    LocalDate procedureDate() {
        return procedureDate;
    }

    LocalDate dischargeDate() {
        return dischargeDate;
    }

    void discharge(PostProcedureDischargeForm form, String by) {
        this.dischargeDate = form.getDischargeDate();
        this.lengthOfStayDays = (int) ChronoUnit.DAYS.between(procedureDate, dischargeDate);
        this.unplannedAdmission = form.getUnplannedAdmission();
        this.prolongedStay = form.getProlongedStay();
        this.dischargeNote = ChecklistEntity.blankToNull(form.getNote());
        this.dischargedBy = by;
    }

    /** The treated tumours in the order they were first recorded. */
    ProcedureSession toSession(List<String> treatedTumors) {
        boolean allSucceeded = treatedTumors.stream().allMatch(this::succeeded);
        return new ProcedureSession(id, caseId, sessionNumber, procedureDate, intentType, treatedTumors, allSucceeded);
    }

    SessionDetail toDetail(List<SessionDetail.TreatedTumor> tumors) {
        SessionDetail.Discharge discharge = dischargeDate == null ? null
                : new SessionDetail.Discharge(dischargeDate, lengthOfStayDays, Boolean.TRUE.equals(unplannedAdmission),
                Boolean.TRUE.equals(prolongedStay), dischargeNote, dischargedBy);
        return new SessionDetail(id, sessionNumber, procedureDate, startAt, endAt, intentType, approach,
                guidance.stream().map(Guidance::valueOf).toList(), anaesthesia, setting, antibioticProphylaxis,
                protectiveTechniques.stream().map(ProtectiveTechnique::valueOf).toList(), tractAblation, combinedWithTace,
                taceDate, cardiacDeviceManaged, doseLengthProductMGyCm, contrastVolumeMl, tumors, discharge, createdBy(),
                createdAt());
    }

    boolean succeeded(String tumorId) {
        return Boolean.TRUE.equals(technicalSuccess.get(tumorId));
    }
}
