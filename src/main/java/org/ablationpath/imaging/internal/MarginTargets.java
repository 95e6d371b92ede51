package org.ablationpath.imaging.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The configured minimal ablative margin targets (safety.md ALR-14: HCC and CRLM 5 mm). Where the clinical files
 * publish no target for a histology, none is configured, and no margin rule applies to its tumours.
 */
@Component
@EnableConfigurationProperties(ImagingProperties.class)
public class MarginTargets {

    private final Map<String, BigDecimal> targets;

    MarginTargets(ImagingProperties properties) {
        this.targets = properties.marginTargetsMm().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> key(e.getKey()), e -> requirePositive(e.getKey(), e.getValue())));
    }

    /** The target for a histology code of the case document, empty where none is published. */
    public Optional<BigDecimal> targetFor(String histology) {
        return histology == null ? Optional.empty() : Optional.ofNullable(targets.get(key(histology)));
    }

    private static String key(String histology) {
        return histology.strip().toUpperCase(Locale.ROOT);
    }

    private static BigDecimal requirePositive(String histology, BigDecimal target) {
        if (target == null || target.signum() <= 0) {
            throw new IllegalStateException("ablationpath.imaging.margin-targets-mm." + histology + " must be a positive number of mm");
        }
        return target;
    }
}
