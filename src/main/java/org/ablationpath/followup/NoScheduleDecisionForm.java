package org.ablationpath.followup;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * "Decide the follow-up: no schedule for this indication" (form key {@code no-schedule-follow-up}): either the next
 * visit planned by hand (target date inside its window, not in the past), or the end of follow-up with its reason and
 * a note. The fields of the other choice stay empty.
 */
public class NoScheduleDecisionForm {

    @NotNull
    private NoScheduleDecision decision;
    private LocalDate targetDate;
    private LocalDate windowStart;
    private LocalDate windowEnd;
    private NoScheduleEndReason endReason;
    @Size(max = 2000)
    private String note;

    public NoScheduleDecisionForm() {
    }

    public static NoScheduleDecisionForm planVisit(LocalDate windowStart, LocalDate targetDate, LocalDate windowEnd) {
        NoScheduleDecisionForm form = new NoScheduleDecisionForm();
        form.decision = NoScheduleDecision.PLAN_VISIT;
        form.windowStart = windowStart;
        form.targetDate = targetDate;
        form.windowEnd = windowEnd;
        return form;
    }

    public static NoScheduleDecisionForm endFollowUp(NoScheduleEndReason reason, String note) {
        NoScheduleDecisionForm form = new NoScheduleDecisionForm();
        form.decision = NoScheduleDecision.END_FOLLOW_UP;
        form.endReason = reason;
        form.note = note;
        return form;
    }

    public NoScheduleDecision getDecision() {
        return decision;
    }

    public void setDecision(NoScheduleDecision decision) {
        this.decision = decision;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public LocalDate getWindowStart() {
        return windowStart;
    }

    public void setWindowStart(LocalDate windowStart) {
        this.windowStart = windowStart;
    }

    public LocalDate getWindowEnd() {
        return windowEnd;
    }

    public void setWindowEnd(LocalDate windowEnd) {
        this.windowEnd = windowEnd;
    }

    public NoScheduleEndReason getEndReason() {
        return endReason;
    }

    public void setEndReason(NoScheduleEndReason endReason) {
        this.endReason = endReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
