package org.ablationpath.board.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.ablationpath.board.Attendee;
import org.ablationpath.board.Specialty;
import org.ablationpath.platform.persistence.ChangeStamped;
import org.hibernate.envers.Audited;

/** One attendee of a meeting; changed in place during the meeting (present false when they leave), versioned. */
@Entity
@Audited
@Table(name = "meeting_attendance")
class AttendanceEntity extends ChangeStamped {
    @Id
    private UUID id;
    @Column(name = "meeting_id")
    private UUID meetingId;
    @Column(name = "attendee_name")
    private String name;
    private String username;
    @Enumerated(EnumType.STRING)
    private Specialty specialty;
    private boolean present;

    protected AttendanceEntity() {
    }

    AttendanceEntity(UUID meetingId, Attendee attendee) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        update(attendee);
    }

    void update(Attendee attendee) {
        this.name = attendee.name().strip();
        this.username = attendee.username() == null || attendee.username().isBlank() ? null : attendee.username().strip();
        this.specialty = attendee.specialty();
        this.present = attendee.present();
    }

    boolean sameAs(Attendee attendee) {
        return name.equals(attendee.name().strip()) && specialty == attendee.specialty();
    }

    Attendee toRecord() {
        return new Attendee(name, username, specialty, present);
    }
}
