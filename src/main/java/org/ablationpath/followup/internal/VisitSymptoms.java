package org.ablationpath.followup.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The symptoms a visit asks about, by organ: safety.md section 5 (organ-specific adverse events to screen for), as
 * configured under {@code ablationpath.visit-symptoms}. An organ without a list offers free text only.
 */
@Component
public class VisitSymptoms {

    static final String PROPERTY = "ablationpath.visit-symptoms";

    private final Map<String, List<String>> byOrgan;

    VisitSymptoms(Environment environment) {
        Map<String, String> configured = Binder.get(environment).bind(PROPERTY, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        this.byOrgan = configured.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> Arrays.stream(e.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }

    public List<String> checklist(String organ) {
        return byOrgan.getOrDefault(organ, List.of());
    }
}
