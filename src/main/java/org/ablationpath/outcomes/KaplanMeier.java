package org.ablationpath.outcomes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Kaplan-Meier product-limit estimator with Greenwood's variance and a 95 % confidence interval on the log(-log S)
 * scale (Kalbfleisch-Prentice). The log-log interval is used rather than the plain S +/- 1.96 SE because it always
 * stays inside [0, 1] and covers better in the small strata and late tails a centre-level registry plot shows.
 * Times are in days; ties of events and censorings at the same day count the censored as still at risk.
 */
public final class KaplanMeier {

    /** z for a two-sided 95 % interval. */
    static final double Z95 = 1.959963984540054;

    private KaplanMeier() {
    }

    /** One subject: follow-up time in days and whether it ended in the event. */
    public record Observation(long days, boolean event) {
    }

    /** The estimate just after an event time: at risk, events, S, Greenwood SE and the 95 % interval. */
    public record Step(long days, int atRisk, int events, double survival, double standardError, double lower,
                       double upper) {
    }

    /** The whole curve: the steps at each event time, plus the number of subjects and of events. */
    public record Curve(int subjects, int events, List<Step> steps, long[] sortedTimes) {

        /** S(t): the estimate of the last step at or before t (1 before the first event). */
        public double survivalAt(long days) {
            Step step = stepAt(days);
            return step == null ? 1.0 : step.survival();
        }

        public Step stepAt(long days) {
            Step found = null;
            for (Step step : steps) {
                if (step.days() > days) {
                    break;
                }
                found = step;
            }
            return found;
        }

        /** Subjects still at risk at t: follow-up time at least t. */
        public int atRisk(long days) {
            int index = Arrays.binarySearch(sortedTimes, days);
            if (index < 0) {
                index = -index - 1;
            } else {
                while (index > 0 && sortedTimes[index - 1] == days) {
                    index--;
                }
            }
            return sortedTimes.length - index;
        }

        /** The first time S falls to 0.5 or below; null when it never does (median not reached). */
        public Long median() {
            for (Step step : steps) {
                if (step.survival() <= 0.5) {
                    return step.days();
                }
            }
            return null;
        }
    }

    public static Curve estimate(List<Observation> observations) {
        long[] times = new long[observations.size()];
        boolean[] events = new boolean[observations.size()];
        Observation[] sorted = observations.toArray(Observation[]::new);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.days(), b.days()));
        for (int i = 0; i < sorted.length; i++) {
            times[i] = sorted[i].days();
            events[i] = sorted[i].event();
        }
        return estimate(times, events);
    }

    /** The estimate from times sorted ascending and their event flags (the bulk path: no boxing). */
    public static Curve estimate(long[] sortedTimes, boolean[] event) {
        List<Step> steps = new ArrayList<>();
        int n = sortedTimes.length;
        double survival = 1.0;
        double greenwood = 0.0;
        int totalEvents = 0;
        int i = 0;
        while (i < n) {
            long t = sortedTimes[i];
            int atRisk = n - i;
            int d = 0;
            int j = i;
            while (j < n && sortedTimes[j] == t) {
                if (event[j]) {
                    d++;
                }
                j++;
            }
            if (d > 0) {
                survival *= 1.0 - (double) d / atRisk;
                greenwood += atRisk == d ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
                totalEvents += d;
                steps.add(step(t, atRisk, d, survival, greenwood));
            }
            i = j;
        }
        return new Curve(n, totalEvents, List.copyOf(steps), sortedTimes);
    }

    private static Step step(long t, int atRisk, int d, double s, double greenwood) {
        if (s <= 0.0 || Double.isInfinite(greenwood)) {
            return new Step(t, atRisk, d, Math.max(s, 0.0), 0.0, 0.0, 0.0);
        }
        double se = s * Math.sqrt(greenwood);
        double logS = Math.log(s);
        if (logS == 0.0) {
            return new Step(t, atRisk, d, s, se, 1.0, 1.0);
        }
        double factor = Math.exp(Z95 * Math.sqrt(greenwood) / Math.abs(logS));
        return new Step(t, atRisk, d, s, se, Math.pow(s, factor), Math.pow(s, 1.0 / factor));
    }
}
