package org.ablationpath;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Opens a real engine task with a given form key on a case, without walking the pathway to it: a one-task process
 * per form key is deployed once into the shared test engine. For tests of a module's task form (handler, screen,
 * REST) that should not depend on every step before it.
 */
public final class FormTasks {

    private FormTasks() {
    }

    /** Starts a one-task process for the case (tenant = its center) and returns the id of its open task. */
    public static String openTask(ProcessEngine engine, UUID caseId, String centerId, String formKey, String candidateGroup) {
        return openTask(engine, caseId, centerId, formKey, candidateGroup, null);
    }

    /** As above, with the task's subject (visit, adverse event, deviation id) as the task context's subjectId. */
    public static String openTask(ProcessEngine engine, UUID caseId, String centerId, String formKey, String candidateGroup,
                                  String subjectId) {
        String processKey = "form-test-" + formKey + "-" + candidateGroup.toLowerCase().replace('_', '-');
        synchronized (FormTasks.class) {
            if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey).count() == 0) {
                BpmnModelInstance model = Bpmn.createExecutableProcess(processKey)
                        .camundaHistoryTimeToLive(1)
                        .startEvent()
                        .userTask("Activity_Form").name("Form test " + formKey)
                        .camundaFormKey(formKey).camundaCandidateGroups(candidateGroup)
                        .endEvent()
                        .done();
                engine.getRepositoryService().createDeployment().name(processKey)
                        .addModelInstance(processKey + ".bpmn", model).deploy();
            }
        }
        String instanceId = engine.getRuntimeService().createProcessInstanceByKey(processKey)
                .businessKey(caseId.toString())
                .setVariable("caseId", caseId.toString())
                .setVariable("centerId", centerId)
                .execute().getId();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        if (subjectId != null) {
            engine.getTaskService().setVariableLocal(taskId, "subjectId", subjectId);
        }
        return taskId;
    }
}
