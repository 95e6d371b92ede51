package org.ablationpath.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;

/** OUT-05: whether LTP occurred, its detection date and the time from the start date. */
public record LocalTumourProgression(boolean occurred, LocalDate date, Long days, BigDecimal months) {

    static final LocalTumourProgression NONE = new LocalTumourProgression(false, null, null, null);
}
