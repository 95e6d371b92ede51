package org.ablationpath.eligibility.internal.score;

import java.math.BigDecimal;
import java.util.List;

/**
 * The HCC nodules of the liver as the staging systems see them: their sizes (mm), macrovascular invasion and
 * extrahepatic spread. {@code macrovascularInvasion} is true for every value other than NONE.
 */
public record HccBurden(List<BigDecimal> sizesMm, boolean macrovascularInvasion, boolean extrahepaticDisease) {

    public int count() {
        return sizesMm.size();
    }

    public BigDecimal largestMm() {
        return sizesMm.stream().max(BigDecimal::compareTo).orElseThrow();
    }

    public boolean allAtMost(BigDecimal mm) {
        return sizesMm.stream().allMatch(s -> s.compareTo(mm) <= 0);
    }
}
