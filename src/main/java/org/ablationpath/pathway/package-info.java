/**
 * The glue to Camunda: starting the ablation pathway for a referred case, thin delegates, the task list, the
 * task-to-form mapping (other modules register {@link org.ablationpath.platform.workflow.TaskFormHandler}s) and the case page.
 * The only module that imports the engine (ADR 0001).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pathway")
package org.ablationpath.pathway;
