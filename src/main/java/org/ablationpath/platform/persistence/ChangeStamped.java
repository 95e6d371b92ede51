package org.ablationpath.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import java.time.Instant;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;

/** A clinical row that changes over time: also who changed it last and when. */
@MappedSuperclass
@Audited
public abstract class ChangeStamped extends CreationStamped {
    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @LastModifiedBy
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
}
