package org.ablationpath.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ablationpath.followup.DaySevenCallForm;
import org.ablationpath.platform.persistence.CreationStamped;
import org.hibernate.envers.Audited;

/** The structured day-7 phone call (STG-08, TMR-09). */
@Entity
@Audited
@Table(name = "day_seven_call")
class DaySevenCallEntity extends CreationStamped {
    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "center_id")
    private String centerId;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "call_date")
    private LocalDate callDate;
    private boolean reached;
    private Boolean fever;
    private Boolean pain;
    private Boolean jaundice;
    @Column(name = "wound_problem")
    private Boolean woundProblem;
    @Column(name = "urinary_problem")
    private Boolean urinaryProblem;
    private Boolean breathlessness;
    @Column(name = "new_medication")
    private Boolean newMedication;
    @Column(name = "unplanned_visit")
    private Boolean unplannedVisit;
    private String note;

    protected DaySevenCallEntity() {
    }

    DaySevenCallEntity(UUID caseId, String centerId, String taskId, DaySevenCallForm form) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.centerId = centerId;
        this.taskId = taskId;
        this.callDate = form.getCallDate();
        this.reached = form.getReached();
        this.fever = form.getFever();
        this.pain = form.getPain();
        this.jaundice = form.getJaundice();
        this.woundProblem = form.getWoundProblem();
        this.urinaryProblem = form.getUrinaryProblem();
        this.breathlessness = form.getBreathlessness();
        this.newMedication = form.getNewMedication();
        this.unplannedVisit = form.getUnplannedVisit();
        this.note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip();
    }

    /** The questionnaire's answers in the order of pathway.md STG-08 (null when the patient was not reached). */
    Map<String, Boolean> answers() {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        answers.put("fever", fever);
        answers.put("pain", pain);
        answers.put("jaundice", jaundice);
        answers.put("woundProblem", woundProblem);
        answers.put("urinaryProblem", urinaryProblem);
        answers.put("breathlessness", breathlessness);
        answers.put("newMedication", newMedication);
        answers.put("unplannedVisit", unplannedVisit);
        return answers;
    }

    UUID id() {
        return id;
    }

    LocalDate callDate() {
        return callDate;
    }

    boolean reached() {
        return reached;
    }

    String note() {
        return note;
    }
}
