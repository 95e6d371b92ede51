package org.ablationpath.board.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The last nomination check of a case, kept for its referrer; a check result, not a clinical record. */
@Entity
@Table(name = "case_nomination")
class NominationEntity {
    @Id
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "meeting_id")
    private UUID meetingId;
    private boolean complete;
    private String problems;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Column(name = "checked_by")
    private String checkedBy;

    protected NominationEntity() {
    }

    NominationEntity(UUID caseId, String centerId) {
        this.caseId = caseId;
        this.centerId = centerId;
    }

    void checked(UUID meetingId, List<String> problems, Instant at, String by) {
        this.meetingId = meetingId;
        this.complete = problems.isEmpty();
        String text = String.join("\n", problems);
        this.problems = problems.isEmpty() ? null : text.substring(0, Math.min(text.length(), 4000));
        this.checkedAt = at;
        this.checkedBy = by;
    }

    List<String> problems() {
        return problems == null ? List.of() : List.of(problems.split("\n"));
    }

    UUID caseId() {
        return caseId;
    }

    UUID meetingId() {
        return meetingId;
    }
}
