package org.ablationpath.board.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.ablationpath.board.Meeting;
import org.ablationpath.board.MeetingStatus;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "board_meeting")
class MeetingEntity extends ChangeStamped {
    @Id
    private UUID id;
    @Column(name = "board_id")
    private UUID boardId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "meeting_date")
    private LocalDate meetingDate;
    @Column(name = "meeting_time")
    private LocalTime meetingTime;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    @Column(name = "finalized_at")
    private Instant finalizedAt;
    @Column(name = "finalized_by")
    private String finalizedBy;

    protected MeetingEntity() {
    }

    MeetingEntity(UUID boardId, String centerId, LocalDate meetingDate, LocalTime meetingTime) {
        this.id = UUID.randomUUID();
        this.boardId = boardId;
        this.centerId = centerId;
        this.meetingDate = meetingDate;
        this.meetingTime = meetingTime;
        this.status = MeetingStatus.PLANNED;
    }

    void finalizeMinutes(Instant at, String by) {
        this.status = MeetingStatus.FINALIZED;
        this.finalizedAt = at;
        this.finalizedBy = by;
    }

    Meeting toRecord(String boardName) {
        return new Meeting(id, boardId, boardName, centerId, meetingDate, meetingTime, status, finalizedAt, finalizedBy);
    }

    UUID id() {
        return id;
    }

    UUID boardId() {
        return boardId;
    }

    String centerId() {
        return centerId;
    }

    LocalDate meetingDate() {
        return meetingDate;
    }

    boolean open() {
        return status == MeetingStatus.PLANNED;
    }
}
