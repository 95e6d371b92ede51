package org.ablationpath.board.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;
import org.ablationpath.board.Board;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.hibernate.envers.Audited;

@Entity
@Audited
@Table(name = "board")
class BoardEntity extends ChangeStamped {
    @Id
    private UUID id;
    @Column(name = "center_id")
    private String centerId;
    private String name;
    private String organ;
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_day")
    private DayOfWeek meetingDay;
    @Column(name = "meeting_time")
    private LocalTime meetingTime;
    @Column(name = "quorum_policy")
    private String quorumPolicy;

    protected BoardEntity() {
    }

    BoardEntity(String centerId, String name, String organ, DayOfWeek meetingDay, LocalTime meetingTime, String quorumPolicy) {
        this.id = UUID.randomUUID();
        this.centerId = centerId;
        this.name = name;
        this.organ = organ;
        this.meetingDay = meetingDay;
        this.meetingTime = meetingTime;
        this.quorumPolicy = quorumPolicy;
    }

    Board toRecord() {
        return new Board(id, centerId, name, organ, meetingDay, meetingTime, quorumPolicy);
    }

    UUID id() {
        return id;
    }

    String centerId() {
        return centerId;
    }

    String name() {
        return name;
    }

    String organ() {
        return organ;
    }

    DayOfWeek meetingDay() {
        return meetingDay;
    }

    LocalTime meetingTime() {
        return meetingTime;
    }

    String quorumPolicy() {
        return quorumPolicy;
    }
}
