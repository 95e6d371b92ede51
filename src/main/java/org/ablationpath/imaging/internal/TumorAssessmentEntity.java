package org.ablationpath.imaging.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.ablationpath.imaging.LiradsTreatmentResponse;
import org.ablationpath.imaging.Mrecist;
import org.ablationpath.imaging.ResponseAssessmentSummary;
import org.ablationpath.imaging.TumorResponse;
import org.ablationpath.platform.persistence.CreationStamped;
import org.hibernate.envers.Audited;

/**
 * One tumour on a response study (TumorAssessment of outcomes.md 4.11), with its histology and the margin target in
 * force when it was recorded, so later changes of the configuration do not rewrite what the radiologist was shown.
 */
@Entity
@Audited
@Table(name = "tumor_assessment")
class TumorAssessmentEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "study_id")
    private UUID studyId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "tumor_id")
    private String tumorId;
    private String histology;
    @Enumerated(EnumType.STRING)
    private TumorResponse response;
    @Enumerated(EnumType.STRING)
    @Column(name = "lirads_tr")
    private LiradsTreatmentResponse liradsTr;
    @Enumerated(EnumType.STRING)
    private Mrecist mrecist;
    @Column(name = "minimal_margin_mm")
    private BigDecimal minimalMarginMm;
    @Column(name = "margin_target_mm")
    private BigDecimal marginTargetMm;
    @Column(name = "ablation_zone_max_mm")
    private Integer ablationZoneMaxMm;

    protected TumorAssessmentEntity() {
    }

    TumorAssessmentEntity(UUID studyId, UUID caseId, String tumorId, String histology, TumorResponse response,
                          LiradsTreatmentResponse liradsTr, Mrecist mrecist, BigDecimal minimalMarginMm,
                          BigDecimal marginTargetMm, Integer ablationZoneMaxMm) {
        this.id = UUID.randomUUID();
        this.studyId = studyId;
        this.caseId = caseId;
        this.tumorId = tumorId;
        this.histology = histology;
        this.response = response;
        this.liradsTr = liradsTr;
        this.mrecist = mrecist;
        this.minimalMarginMm = minimalMarginMm;
        this.marginTargetMm = marginTargetMm;
        this.ablationZoneMaxMm = ablationZoneMaxMm;
    }

    UUID studyId() {
        return studyId;
    }

    ResponseAssessmentSummary.TumorResult toResult() {
        return new ResponseAssessmentSummary.TumorResult(tumorId, histology, response, liradsTr, mrecist, minimalMarginMm,
                marginTargetMm, ablationZoneMaxMm);
    }
}
