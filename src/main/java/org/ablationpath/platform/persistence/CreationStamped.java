package org.ablationpath.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Who created a clinical row and when (outcomes.md section 4: every entity), with the version that makes
 * concurrent edits fail instead of overwriting each other.
 */
@MappedSuperclass
@Audited
@EntityListeners(AuditingEntityListener.class)
public abstract class CreationStamped {
    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @CreatedBy
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    /**
     * Null until the row is first stored: Spring Data then persists a new row directly, where a primitive version
     * made it merge (a SELECT by id before every insert of a row with an assigned id). Hibernate seeds it with 0.
     */
    @Version
    private Long version;

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
