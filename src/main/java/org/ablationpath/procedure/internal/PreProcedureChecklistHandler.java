package org.ablationpath.procedure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.ablationpath.procedure.ChecklistCaution;
import org.ablationpath.procedure.PreProcedureChecklistForm;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** "Pre-procedure checklist" (STG-05): stores the checklist with its cautions; blocks on TMR-07 and missing items. */
@Component
class PreProcedureChecklistHandler implements TaskFormHandler<PreProcedureChecklistForm> {

    static final String FORM_KEY = "pre-procedure-checklist";
    private static final Set<String> UNIQUE_TASK = Set.of("pre_procedure_checklist_task_id_key");

    private final ChecklistRepository checklists;
    private final ChecklistRules rules;
    private final CaseFactsReader facts;
    private final Clock clock;

    PreProcedureChecklistHandler(ChecklistRepository checklists, ChecklistRules rules, CaseFactsReader facts, Clock clock) {
        this.checklists = checklists;
        this.rules = rules;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<PreProcedureChecklistForm> formType() {
        return PreProcedureChecklistForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, PreProcedureChecklistForm form) {
        if (checklists.existsByTaskId(task.taskId())) {
            throw new ConflictException("A checklist was already recorded for this task.");
        }
        PatientFacts patient = facts.of(task.caseId());
        List<FieldProblem> problems = rules.problems(form, patient, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        List<ChecklistCaution> cautions = rules.chemotherapyWashout(form.getLastChemotherapyDate(),
                form.getPlannedProcedureDate()).stream().toList();
        try {
            checklists.saveAndFlush(new ChecklistEntity(task.caseId(), task.centerId(), task.taskId(), form,
                    rules.pregnancyTestRequired(patient, form.getPlannedProcedureDate()), cautions));
        } catch (DataIntegrityViolationException violation) {
            if (UniqueViolation.of(violation, UNIQUE_TASK)) {
                throw new ConflictException("Someone else recorded this checklist at the same moment. Your input was not saved.");
            }
            throw violation;
        }
        return Map.of();
    }
}
