package org.ablationpath.pathway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Flow-node coverage of one process by the instances a test class started (and the processes they called):
 * every flow node of the model must have been passed. The report goes to {@code target/process-test-coverage/}.
 */
final class FlowNodeCoverage {

    private final String processKey;
    private final Set<String> rootInstanceIds = ConcurrentHashMap.newKeySet();

    FlowNodeCoverage(String processKey) {
        this.processKey = processKey;
    }

    /** Counts the instances started by this root instance (it or the processes it called). */
    void track(String rootProcessInstanceId) {
        rootInstanceIds.add(rootProcessInstanceId);
    }

    void assertComplete(ProcessEngine engine) {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
        Set<String> all = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> passed = passed(engine.getHistoryService());
        Set<String> missed = new TreeSet<>(all);
        missed.removeAll(passed);
        write(all.size(), all.size() - missed.size(), missed);
        assertThat(missed).as("flow nodes of %s no test passed", processKey).isEmpty();
    }

    private Set<String> passed(HistoryService history) {
        Set<String> passed = new TreeSet<>();
        for (String root : rootInstanceIds) {
            for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().rootProcessInstanceId(root)
                    .processDefinitionKey(processKey).list()) {
                history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list().stream()
                        .map(HistoricActivityInstance::getActivityId).forEach(passed::add);
            }
        }
        return passed;
    }

    private void write(int total, int covered, Set<String> missed) {
        try {
            Path dir = Path.of("target", "process-test-coverage");
            Files.createDirectories(dir);
            String report = "# Flow-node coverage of " + processKey + "\n\n" + covered + " of " + total + " flow nodes ("
                    + (total == 0 ? 100 : covered * 100 / total) + " %)\n"
                    + (missed.isEmpty() ? "" : "\nNot passed: " + String.join(", ", missed) + "\n");
            Files.writeString(dir.resolve(processKey + ".md"), report);
            System.out.println("[process-test-coverage] " + processKey + ": " + covered + "/" + total + " flow nodes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
