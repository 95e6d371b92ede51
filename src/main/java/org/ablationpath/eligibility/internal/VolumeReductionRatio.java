package org.ablationpath.eligibility.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CALC-06, thyroid volume reduction ratio (clinical/eligibility.md section 3; outcomes.md OUT-14):
 * {@code VRR% = (V0 − Vt) / V0 × 100}; regrowth when {@code Vt > factor × Vmin}, Vmin being the smallest volume
 * recorded after the ablation up to that measurement [YAN22]; success when VRR ≥ the success threshold [BOM21].
 * Thresholds are the parameters {@code thyroidSuccessVrrPct} and {@code thyroidRegrowthFactor}
 * ({@link RuleParameters#number(String)}). Which measurement is "the 6-month visit" is decided by the follow-up schedule, not here.
 */
public final class VolumeReductionRatio {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VolumeReductionRatio() {
    }

    /** VRR in percent, rounded half-up to 2 decimals; negative when the nodule grew. */
    public static BigDecimal percent(BigDecimal baselineMl, BigDecimal currentMl) {
        requirePositive(baselineMl, "baseline volume");
        requireNonNegative(currentMl, "current volume");
        return baselineMl.subtract(currentMl).multiply(HUNDRED)
                .divide(baselineMl, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    /** Success: VRR at least {@code successPct}. */
    public static boolean isSuccess(BigDecimal vrrPct, BigDecimal successPct) {
        return vrrPct.compareTo(successPct) >= 0;
    }

    /** Regrowth: current volume strictly above {@code factor} × the smallest post-ablation volume. */
    public static boolean isRegrowth(BigDecimal currentMl, BigDecimal smallestPostAblationMl, BigDecimal factor) {
        return currentMl.compareTo(smallestPostAblationMl.multiply(factor)) > 0;
    }

    /** Ellipsoid volume in mL from three orthogonal diameters in mm: π/6 × a × b × c, rounded to 2 decimals. */
    public static BigDecimal ellipsoidVolumeMl(BigDecimal aMm, BigDecimal bMm, BigDecimal cMm) {
        requirePositive(aMm, "diameter a");
        requirePositive(bMm, "diameter b");
        requirePositive(cMm, "diameter c");
        BigDecimal mm3 = aMm.multiply(bMm).multiply(cMm)
                .multiply(BigDecimal.valueOf(Math.PI), MathContext.DECIMAL64)
                .divide(BigDecimal.valueOf(6), MathContext.DECIMAL64);
        return mm3.divide(BigDecimal.valueOf(1000), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * VRR, success and regrowth for each post-ablation volume in chronological order.
     *
     * @param baselineMl          V0, the pre-ablation volume
     * @param postAblationVolumes volumes after the ablation, oldest first
     */
    public static List<Point> series(BigDecimal baselineMl, List<BigDecimal> postAblationVolumes,
                                     BigDecimal successPct, BigDecimal regrowthFactor) {
        List<Point> out = new ArrayList<>();
        BigDecimal smallest = null;
        for (BigDecimal v : postAblationVolumes) {
            requireNonNegative(v, "post-ablation volume");
            boolean regrowth = smallest != null && isRegrowth(v, smallest, regrowthFactor);
            smallest = smallest == null || v.compareTo(smallest) < 0 ? v : smallest;
            BigDecimal vrr = percent(baselineMl, v);
            out.add(new Point(v, vrr, isSuccess(vrr, successPct), regrowth, smallest));
        }
        return List.copyOf(out);
    }

    /** One measurement: its volume, VRR, whether VRR reaches success, regrowth, and Vmin so far. */
    public record Point(BigDecimal volumeMl, BigDecimal vrrPct, boolean success, boolean regrowth,
                        BigDecimal smallestSoFarMl) {
    }

    private static void requirePositive(BigDecimal v, String what) {
        Objects.requireNonNull(v, what);
        if (v.signum() <= 0) {
            throw new IllegalArgumentException(what + " must be > 0: " + v);
        }
    }

    private static void requireNonNegative(BigDecimal v, String what) {
        Objects.requireNonNull(v, what);
        if (v.signum() < 0) {
            throw new IllegalArgumentException(what + " must be >= 0: " + v);
        }
    }
}
