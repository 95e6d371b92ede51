package org.ablationpath.safety.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * A tumour marker value after the first session, numbered in date order per marker ({@code seq}); {@code nadir} is
 * the lowest earlier post-treatment value (null for the first).
 */
public record MarkerFact(String marker, LocalDate date, BigDecimal value, int seq, BigDecimal nadir) {

    public BigDecimal getRatioToNadir() {
        return nadir == null || nadir.signum() <= 0 ? null : value.divide(nadir, MathContext.DECIMAL64);
    }
}
