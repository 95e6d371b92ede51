package org.ablationpath.imaging.internal;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ablationpath.imaging.*}. {@code marginTargetsMm}: the minimal ablative margin target in mm by histology code
 * of the case document (safety.md ALR-14); a histology not listed has no published target and no margin rule.
 */
@ConfigurationProperties("ablationpath.imaging")
record ImagingProperties(@DefaultValue Map<String, BigDecimal> marginTargetsMm) {
}
