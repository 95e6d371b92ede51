package org.ablationpath.imaging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ablationpath.imaging.ImagingModality;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.ResponseFinding;
import org.ablationpath.platform.persistence.CreationStamped;
import org.hibernate.envers.Audited;

/** An imaging study read as a response assessment (ImagingStudy of outcomes.md 4.11), one per completed task. */
@Entity
@Audited
@Table(name = "imaging_study")
class ImagingStudyEntity extends CreationStamped {

    /** ImagingStudy.purpose: this module records the response imaging of STG-09. */
    static final String PURPOSE_RESPONSE = "RESPONSE";

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "session_number")
    private Integer sessionNumber;
    private String purpose;
    @Column(name = "study_date")
    private LocalDate studyDate;
    @Enumerated(EnumType.STRING)
    private ImagingModality modality;
    private boolean contrast;
    @Column(name = "new_intra_organ_tumour")
    private boolean newIntraOrganTumour;
    @Column(name = "extra_organ_disease")
    private boolean extraOrganDisease;
    @Enumerated(EnumType.STRING)
    private ResponseFinding finding;
    private String note;

    protected ImagingStudyEntity() {
    }

    ImagingStudyEntity(UUID caseId, String centerId, String taskId, UUID sessionId, Integer sessionNumber, LocalDate studyDate,
                       ImagingModality modality, boolean contrast, boolean newIntraOrganTumour, boolean extraOrganDisease,
                       ResponseFinding finding, String note) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.taskId = taskId;
        this.sessionId = sessionId;
        this.sessionNumber = sessionNumber;
        this.purpose = PURPOSE_RESPONSE;
        this.studyDate = studyDate;
        this.modality = modality;
        this.contrast = contrast;
        this.newIntraOrganTumour = newIntraOrganTumour;
        this.extraOrganDisease = extraOrganDisease;
        this.finding = finding;
        this.note = note;
    }

    UUID id() {
        return id;
    }

    ResponseAssessmentSummary toSummary(List<ResponseAssessmentSummary.TumorResult> tumors) {
        return new ResponseAssessmentSummary(id, caseId, studyDate, modality, contrast, newIntraOrganTumour, extraOrganDisease,
                finding, tumors, note, sessionNumber, createdBy(), createdAt());
    }
}
