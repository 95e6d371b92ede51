package org.ablationpath.pathway.internal;

import java.util.Optional;
import java.util.UUID;
import org.ablationpath.pathway.PathwayProgress;

/** The engine side of the case page's diagram and timeline. */
public interface PathwayProgressReader {
    Optional<PathwayProgress> of(UUID caseId);

    /** The BPMN XML of a deployed process definition; empty for an unknown id. A definition never changes. */
    Optional<String> bpmnXml(String definitionId);
}
