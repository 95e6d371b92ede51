package org.ablationpath.pathway.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.platform.workflow.FormFields;
import org.ablationpath.platform.workflow.TaskDescription;
import org.ablationpath.platform.workflow.TaskItem;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's tasks, and completing them with the same form and validation as the screens. */
@RestController
@RequestMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('REFERRING_PHYSICIAN','INTERVENTIONAL_RADIOLOGIST','TUMOR_BOARD','NURSE','DATA_MANAGER')")
class TaskController {

    private static final int MAX_PAGE = 200;

    private final CaseTasks tasks;
    private final Environment environment;

    TaskController(CaseTasks tasks, Environment environment) {
        this.tasks = tasks;
        this.environment = environment;
    }

    @GetMapping
    List<TaskItem> myTasks(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return tasks.myTasks(Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE));
    }

    /** The task and the fields of its form (name, type, required, allowed values), for systems that complete it. */
    @GetMapping("/{taskId}")
    TaskDescription task(@PathVariable String taskId) {
        TaskItem task = tasks.task(taskId).orElseThrow(() -> new NotFoundException("No such task"));
        return new TaskDescription(task, FormFields.of(tasks.handlerFor(task.formKey()).formType(), this::codeList));
    }

    private List<String> codeList(String property) {
        return List.of(environment.getProperty(property, String[].class, new String[0]));
    }

    @PostMapping("/{taskId}/claim")
    ResponseEntity<Void> claim(@PathVariable String taskId) {
        tasks.claim(taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{taskId}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody JsonNode form) {
        tasks.completeFromJson(taskId, form);
        return ResponseEntity.noContent().build();
    }
}
