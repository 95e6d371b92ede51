package org.ablationpath.imaging.ui;

import java.math.BigDecimal;

/** Millimetre values as the screens show them: 5 rather than 5.0, 4.5 as is. */
final class Millimetres {

    private Millimetres() {
    }

    static String format(BigDecimal mm) {
        return mm.stripTrailingZeros().toPlainString();
    }
}
