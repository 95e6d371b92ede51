package org.ablationpath.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.hibernate.envers.Audited;

/** The case's follow-up as a whole: the lost-to-follow-up risk of FUP-04, for the data manager. */
@Entity
@Audited
@Table(name = "case_follow_up")
class CaseFollowUpEntity extends ChangeStamped {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "lost_to_follow_up_risk")
    private boolean lostToFollowUpRisk;
    @Column(name = "risk_flagged_on")
    private LocalDate riskFlaggedOn;

    protected CaseFollowUpEntity() {
    }

    CaseFollowUpEntity(UUID caseId, String centerId) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
    }

    void flagLostToFollowUpRisk(LocalDate on) {
        if (!lostToFollowUpRisk) {
            lostToFollowUpRisk = true;
            riskFlaggedOn = on;
        }
    }

    boolean lostToFollowUpRisk() {
        return lostToFollowUpRisk;
    }

    LocalDate riskFlaggedOn() {
        return riskFlaggedOn;
    }
}
