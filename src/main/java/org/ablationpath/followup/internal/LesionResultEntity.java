package org.ablationpath.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.ablationpath.followup.LesionResponse;
import org.ablationpath.imaging.LiradsTreatmentResponse;
import org.ablationpath.imaging.Mrecist;
import org.ablationpath.platform.persistence.CreationStamped;
import org.hibernate.envers.Audited;

/** A treated tumour as read on the imaging of a follow-up visit (outcomes.md 4.11 TumorAssessment). */
@Entity
@Audited
@Table(name = "follow_up_lesion_result")
class LesionResultEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "visit_id")
    private UUID visitId;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "tumor_id")
    private String tumorId;
    @Enumerated(EnumType.STRING)
    private LesionResponse response;
    @Enumerated(EnumType.STRING)
    @Column(name = "lirads_tr")
    private LiradsTreatmentResponse liradsTr;
    @Enumerated(EnumType.STRING)
    private Mrecist mrecist;
    @Column(name = "margin_mm")
    private BigDecimal marginMm;

    protected LesionResultEntity() {
    }

    LesionResultEntity(UUID visitId, UUID caseId, String centerId, String tumorId, LesionResponse response,
                       LiradsTreatmentResponse liradsTr, Mrecist mrecist, BigDecimal marginMm) {
        this.id = UUID.randomUUID();
        this.visitId = visitId;
        this.caseId = caseId;
        this.centerId = centerId;
        this.tumorId = tumorId;
        this.response = response;
        this.liradsTr = liradsTr;
        this.mrecist = mrecist;
        this.marginMm = marginMm;
    }

    String tumorId() {
        return tumorId;
    }

    LesionResponse response() {
        return response;
    }

    LiradsTreatmentResponse liradsTr() {
        return liradsTr;
    }
}
