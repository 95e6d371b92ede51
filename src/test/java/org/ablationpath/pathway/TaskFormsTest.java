package org.ablationpath.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ablationpath.AblationPathTest;
import org.ablationpath.platform.workflow.FormFields;
import org.ablationpath.platform.workflow.TaskFormEditor;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every form key of every user task in processes/ has its form: a handler (REST and screen) and a screen editor. */
@AblationPathTest
class TaskFormsTest {

    @Autowired
    List<TaskFormHandler<?>> handlers;
    @Autowired
    List<TaskFormEditor> editors;

    @Test
    void everyUserTaskFormKeyHasARegisteredHandlerAndEditor() throws IOException {
        Set<String> formKeys = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class)
                        .forEach(task -> formKeys.add(task.getCamundaFormKey()));
            }
        }
        assertThat(formKeys).isNotEmpty();
        assertThat(handlers.stream().map(TaskFormHandler::formKey).collect(Collectors.toSet()))
                .as("form keys with a handler").containsAll(formKeys);
        assertThat(editors.stream().map(TaskFormEditor::formKey).collect(Collectors.toSet()))
                .as("form keys with a screen").containsAll(formKeys);
    }

    @Test
    void everyFormDescribesItsFields() {
        for (TaskFormHandler<?> handler : handlers) {
            assertThat(FormFields.of(handler.formType())).as("fields of %s", handler.formKey()).isNotEmpty();
        }
    }
}
