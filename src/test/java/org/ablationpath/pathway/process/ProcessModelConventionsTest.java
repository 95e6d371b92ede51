package org.ablationpath.pathway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Conventions of every BPMN the application deploys: file name = process id, ids in Camunda's prefix convention,
 * names on every flow node, and every user task with a form key and candidate groups (that a form is registered
 * for each key is checked with the Spring context in {@code TaskFormsTest}).
 */
class ProcessModelConventionsTest {

    @Test
    void eachFileHoldsOneExecutableProcessNamedAfterIt() {
        for (Map.Entry<String, BpmnModelInstance> bpmn : allProcesses().entrySet()) {
            List<Process> processes = List.copyOf(bpmn.getValue().getModelElementsByType(Process.class));
            assertThat(processes).as(bpmn.getKey()).singleElement()
                    .satisfies(p -> assertThat(p.getId() + ".bpmn").isEqualTo(bpmn.getKey()))
                    .satisfies(p -> assertThat(p.isExecutable()).isTrue())
                    .satisfies(p -> assertThat(p.getName()).isNotBlank());
        }
    }

    @Test
    void everyFlowNodeHasAReadableName() {
        List<String> unnamed = new ArrayList<>();
        for (Map.Entry<String, BpmnModelInstance> bpmn : allProcesses().entrySet()) {
            for (org.camunda.bpm.model.bpmn.instance.FlowNode node : bpmn.getValue().getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)) {
                boolean mergeGateway = node instanceof Gateway && node.getOutgoing().size() == 1;
                if (!mergeGateway && (node.getName() == null || node.getName().isBlank())) {
                    unnamed.add(bpmn.getKey() + " " + node.getId());
                }
            }
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void everyUserTaskHasAFormKeyAndCandidateGroups() {
        for (Map.Entry<String, BpmnModelInstance> bpmn : allProcesses().entrySet()) {
            for (UserTask userTask : bpmn.getValue().getModelElementsByType(UserTask.class)) {
                String where = bpmn.getKey() + " " + userTask.getId();
                assertThat(userTask.getCamundaFormKey()).as("form key of %s", where).isNotBlank();
                assertThat(userTask.getCamundaCandidateGroups()).as("candidate groups of %s", where).isNotBlank();
            }
        }
    }

    @Test
    void elementIdsFollowTheNamingConvention() {
        List<String> offending = new ArrayList<>();
        for (Map.Entry<String, BpmnModelInstance> bpmn : allProcesses().entrySet()) {
            for (FlowElement element : bpmn.getValue().getModelElementsByType(FlowElement.class)) {
                String prefix = expectedPrefix(element);
                if (prefix == null || !element.getId().startsWith(prefix)) {
                    offending.add(bpmn.getKey() + ": " + element.getElementType().getTypeName() + " " + element.getId()
                            + " (expected prefix " + prefix + ")");
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    private static String expectedPrefix(FlowElement element) {
        if (element instanceof StartEvent) {
            return "StartEvent_";
        }
        if (element instanceof EndEvent) {
            return "EndEvent_";
        }
        if (element instanceof Event) {
            return "Event_";
        }
        if (element instanceof Gateway) {
            return "Gateway_";
        }
        if (element instanceof SubProcess) {
            return "SubProcess_";
        }
        if (element instanceof Activity) {
            return "Activity_";
        }
        if (element instanceof SequenceFlow) {
            return "Flow_";
        }
        return null;
    }

    /** Every BPMN the application deploys (its deployment pattern), parsed with the model API. */
    private static Map<String, BpmnModelInstance> allProcesses() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
            assertThat(resources).as("BPMN files under processes/").isNotEmpty();
            Map<String, BpmnModelInstance> models = new java.util.TreeMap<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    models.put(resource.getFilename(), Bpmn.readModelFromStream(in));
                }
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
