package org.ablationpath.pathway.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.ablationpath.pathway.Deviation;
import org.ablationpath.pathway.DeviationCode;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "pathway_deviation")
class DeviationEntity {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Enumerated(EnumType.STRING)
    private DeviationCode code;
    /** What the deviation is about (the missed visit, the due date of the timer that fired): once per case and code. */
    private String subject;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "reason_code")
    private String reasonCode;
    @Column(name = "reason_note")
    private String reasonNote;
    @Column(name = "reason_by")
    private String reasonBy;
    @Column(name = "reason_at")
    private Instant reasonAt;
    @Version
    private long version;

    protected DeviationEntity() {
    }

    DeviationEntity(UUID caseId, String centerId, DeviationCode code, String subject, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.code = code;
        this.subject = subject == null ? id.toString() : subject;
        this.occurredAt = occurredAt;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    boolean explained() {
        return reasonCode != null;
    }

    void explain(String reasonCode, String note, String by, Instant at) {
        this.reasonCode = reasonCode;
        this.reasonNote = note;
        this.reasonBy = by;
        this.reasonAt = at;
    }

    Deviation toDeviation() {
        return new Deviation(id, caseId, code, code.timer(), occurredAt, reasonCode, reasonNote, reasonBy, reasonAt);
    }
}
