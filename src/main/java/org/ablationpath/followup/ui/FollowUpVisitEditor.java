package org.ablationpath.followup.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.ablationpath.followup.internal.VisitSymptoms;
import org.ablationpath.followup.internal.VisitTasks;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.safety.CtcaeTerms;

/** Registers the visit form for the "Follow-up visit" task; the task's subject names the grid visit. */
@org.springframework.stereotype.Component
class FollowUpVisitEditor implements TaskFormEditor {

    private final CaseTasks tasks;
    private final VisitTasks visitTasks;
    private final CaseDirectory cases;
    private final AccessLog accessLog;
    private final VisitSymptoms symptoms;
    private final CtcaeTerms terms;

    FollowUpVisitEditor(CaseTasks tasks, VisitTasks visitTasks, CaseDirectory cases, AccessLog accessLog, VisitSymptoms symptoms,
                        CtcaeTerms terms) {
        this.tasks = tasks;
        this.visitTasks = visitTasks;
        this.cases = cases;
        this.accessLog = accessLog;
        this.symptoms = symptoms;
        this.terms = terms;
    }

    @Override
    public String formKey() {
        return "follow-up-visit";
    }

    @Override
    public Component create(TaskItem task, Runnable onCompleted) {
        cases.visibleCaseAccess(task.caseId()).ifPresent(c ->
                accessLog.patientRecordRead(c.patientId(), c.id(), c.centerId(), "VIEW_FOLLOW_UP_VISIT"));
        Optional<VisitTasks.VisitTask> visit = visitTasks.forTask(task.caseId(), task.subjectId());
        return new FollowUpVisitFormView(task, visit, visitTasks.tumorHistologies(task.caseId()),
                visit.map(v -> symptoms.checklist(v.organ())).orElse(List.of()), terms, tasks, onCompleted);
    }
}
