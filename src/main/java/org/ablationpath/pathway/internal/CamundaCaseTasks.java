package org.ablationpath.pathway.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.platform.web.StrictJson;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.ablationpath.platform.workflow.TaskItem;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseSummary;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks come from the engine's runtime tables ({@link CaseTaskQueries}), scoped to the user's roles (candidate groups)
 * and centers (tenants); the patient pseudonym and stage come from the case records. Completions go through the engine.
 */
@Service
class CamundaCaseTasks implements CaseTasks {

    private final TaskService taskService;
    private final HistoryService historyService;
    private final CurrentUser currentUser;
    private final CaseDirectory cases;
    private final Map<String, TaskFormHandler<?>> handlers;
    private final Validator validator;
    private final ObjectMapper json;
    private final OpenTasks openTasks;
    private final CaseTaskQueries caseQueries;

    CamundaCaseTasks(TaskService taskService, HistoryService historyService,
                     CurrentUser currentUser, CaseDirectory cases, List<TaskFormHandler<?>> handlers, Validator validator,
                     ObjectMapper json, OpenTasks openTasks, CaseTaskQueries caseQueries) {
        this.caseQueries = caseQueries;
        this.taskService = taskService;
        this.historyService = historyService;
        this.currentUser = currentUser;
        this.cases = cases;
        this.handlers = handlers.stream().collect(Collectors.toMap(TaskFormHandler::formKey, Function.identity()));
        this.validator = validator;
        this.json = json;
        this.openTasks = openTasks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskItem> myTasks(int offset, int limit) {
        return myTasks(null, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TaskItem> task(String taskId) {
        return myTasks(taskId, 0, 1).stream().findFirst();
    }

    /** The open tasks of the user's centers (tenants) and roles (candidate groups), claimed or not. */
    private List<TaskItem> myTasks(String taskId, int offset, int limit) {
        Set<String> centers = currentUser.centerIds();
        Set<String> groups = roleNames();
        if (centers.isEmpty() || groups.isEmpty()) {
            return List.of();
        }
        return toItems(caseQueries.candidateTasks(centers, groups, taskId, offset, limit));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskItem> openTasksOfCase(UUID caseId) {
        if (cases.visibleCaseAccess(caseId).isEmpty()) {
            return List.of();
        }
        return toItems(caseQueries.tasksOfCases(List.of(caseId)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<TaskItem>> openTasksOfCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CaseSummary> visible = cases.summaries(Set.copyOf(caseIds)).values().stream()
                .filter(kase -> currentUser.canSeeCenter(kase.centerId()))
                .collect(Collectors.toMap(CaseSummary::id, Function.identity()));
        if (visible.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<TaskItem>> byCase = new HashMap<>();
        visible.keySet().forEach(id -> byCase.put(id, new ArrayList<>()));
        toItems(caseQueries.tasksOfCases(visible.keySet()), visible).forEach(item -> byCase.get(item.caseId()).add(item));
        return byCase;
    }

    @Override
    @Transactional
    public void claim(String taskId) {
        OpenTask task = workableTask(taskId);
        if (task.assignee() != null && !task.assignee().equals(currentUser.username())) {
            throw new ConflictException("This task was claimed by " + task.assignee() + " in the meantime.");
        }
        if (task.assignee() == null) {
            taskService.claim(taskId, currentUser.username());
        }
    }

    @Override
    @Transactional
    public void complete(String taskId, Object form) {
        OpenTask task = workableTask(taskId);
        complete(task, handlerFor(task.formKey()), form);
    }

    @Override
    @Transactional
    public void completeFromJson(String taskId, JsonNode form) {
        OpenTask task = workableTask(taskId);
        TaskFormHandler<?> handler = handlerFor(task.formKey());
        complete(task, handler, StrictJson.read(json, form, handler.formType(), ""));
    }

    /** Validates, stores and completes a task already checked by {@link #workableTask} in this transaction. */
    private void complete(OpenTask task, TaskFormHandler<?> handler, Object form) {
        String taskId = task.id();
        if (!handler.formType().isInstance(form)) {
            throw new IllegalArgumentException("Form of type " + form.getClass().getSimpleName() + " does not fit task " + taskId);
        }
        List<FieldProblem> problems = validator.validate(form).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        Map<String, Object> variables = submit(handler, task.context(), form);
        try {
            openTasks.claimAndComplete(taskId, task.assignee() == null ? currentUser.username() : null, variables);
        } catch (OptimisticLockingException concurrent) {
            throw new ConflictException("Someone else completed this task at the same moment. Your input was not saved.");
        }
    }

    @Override
    public TaskFormHandler<?> handlerFor(String formKey) {
        TaskFormHandler<?> handler = handlers.get(formKey);
        if (handler == null) {
            throw new IllegalStateException("No form is registered for form key " + formKey);
        }
        return handler;
    }

    @SuppressWarnings("unchecked")
    private static <F> Map<String, Object> submit(TaskFormHandler<F> handler, TaskContext context, Object form) {
        return handler.submit(context, (F) form);
    }

    /**
     * The open task if the user may work on it; 409 if it is already done, 404 if it is not theirs to see, 403 if it
     * is for another role: the same checks as the user's task query (tenant, candidate group, active, not claimed by
     * someone else), made on the task read by its id.
     */
    private OpenTask workableTask(String taskId) {
        OpenTask task = openTasks.read(taskId).orElseThrow(() -> completedOrUnknown(taskId));
        if (task.tenantId() == null || !currentUser.canSeeCenter(task.tenantId())) {
            throw new NotFoundException("No such task");
        }
        Set<String> groups = roleNames();
        if (task.suspended() || task.candidateGroups().stream().noneMatch(groups::contains)) {
            // completed by someone else while it was read (its candidate links were already gone): a conflict, not a
            // question of role
            if (openTasks.read(taskId).isEmpty()) {
                throw completedOrUnknown(taskId);
            }
            throw new AccessDeniedException("Task is for another role");
        }
        if (task.businessKey() == null) {
            // the pathway moved on (someone completed this task) between reading the task and its process
            throw new ConflictException("This task has already been completed.");
        }
        if (task.assignee() != null && !task.assignee().equals(currentUser.username())) {
            throw new ConflictException("This task is claimed by " + task.assignee() + ".");
        }
        return task;
    }

    private RuntimeException completedOrUnknown(String taskId) {
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (done != null && currentUser.canSeeCenter(done.getTenantId())) {
            return new ConflictException("This task has already been completed"
                    + (done.getAssignee() == null ? "" : " by " + done.getAssignee()) + ".");
        }
        return new NotFoundException("No such task");
    }

    /** The user's roles as the tasks' candidate groups name them. */
    private Set<String> roleNames() {
        return currentUser.roles().stream().map(Role::name).collect(Collectors.toSet());
    }

    private List<TaskItem> toItems(List<CaseTaskQueries.TaskRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> caseIds = rows.stream().map(CaseTaskQueries.TaskRow::caseId).filter(Objects::nonNull).collect(Collectors.toSet());
        return toItems(rows, cases.summaries(caseIds));
    }

    /** The rows with their case's pseudonym and stage, from summaries the caller already read. */
    private static List<TaskItem> toItems(List<CaseTaskQueries.TaskRow> rows, Map<UUID, CaseSummary> summaries) {
        Instant now = Instant.now();
        return rows.stream().map(row -> {
            CaseSummary summary = summaries.get(row.caseId());
            return new TaskItem(row.id(), row.name(), row.formKey(), row.caseId(), row.tenantId(),
                    summary == null ? null : summary.patientPseudonym(),
                    summary == null ? null : summary.stage().name(),
                    row.created(), row.due(), row.due() != null && row.due().isBefore(now), row.assignee(), row.subjectId());
        }).toList();
    }
}
