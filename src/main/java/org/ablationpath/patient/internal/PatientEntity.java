package org.ablationpath.patient.internal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.ablationpath.platform.persistence.ChangeStamped;
import java.time.LocalDate;
import java.util.UUID;
import org.ablationpath.patient.PatientRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Audited
@Table(name = "patient")
class PatientEntity extends ChangeStamped {
    @Id
    private UUID id;
    @Column(name = "center_id")
    private String centerId;
    private String pseudonym;
    private String sex;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "clinical_status")
    private JsonNode clinicalStatus;

    protected PatientEntity() {
    }

    PatientEntity(String centerId, String pseudonym, String sex, LocalDate birthDate, JsonNode clinicalStatus) {
        this.id = UUID.randomUUID();
        this.centerId = centerId;
        this.pseudonym = pseudonym;
        this.sex = sex;
        this.birthDate = birthDate;
        this.clinicalStatus = clinicalStatus;
    }

    UUID id() {
        return id;
    }

    boolean sameIdentity(String sex, LocalDate birthDate) {
        return this.sex.equals(sex) && this.birthDate.equals(birthDate);
    }

    void updateClinicalStatus(JsonNode status) {
        if (!org.ablationpath.platform.persistence.JsonContent.same(status, clinicalStatus)) {
            this.clinicalStatus = status;
        }
    }

    String pseudonym() {
        return pseudonym;
    }

    PatientRecord toRecord() {
        return new PatientRecord(id, centerId, pseudonym, sex, birthDate, clinicalStatus);
    }
}
