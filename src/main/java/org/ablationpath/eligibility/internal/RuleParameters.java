package org.ablationpath.eligibility.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The tunable thresholds of the eligibility rules (catalogue section 18 and the L-level plausibility windows).
 * Defaults live only in {@code rules/eligibility/parameters.properties}; a centre may override any of them, but
 * cannot introduce a name the defaults do not know (a typo would otherwise silently keep the default).
 * Inserted into every session as a fact, so the DRL never contains these numbers.
 */
public final class RuleParameters {

    public static final String DEFAULTS_RESOURCE = "rules/eligibility/parameters.properties";
    private static final String WINDOW_PREFIX = "plausibility.";

    private final Map<String, String> values;
    /** By rule id, then field: the validation rules look up every number's window on each evaluation. */
    private final Map<String, Map<String, PlausibilityWindow>> windowsByRule = new HashMap<>();
    /** Every numeric value parsed once: rules read thresholds on every evaluation. */
    private final Map<String, BigDecimal> decimals = new HashMap<>();

    private RuleParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        List<PlausibilityWindow> parsed = new ArrayList<>();
        values.forEach((key, value) -> {
            if (key.startsWith(WINDOW_PREFIX)) {
                // plausibility.<ruleId>.<field>
                String rest = key.substring(WINDOW_PREFIX.length());
                int dot = rest.indexOf('.');
                parsed.add(PlausibilityWindow.parse(rest.substring(0, dot), rest.substring(dot + 1), value));
            }
        });
        parsed.forEach(w -> windowsByRule.computeIfAbsent(w.getRuleId(), r -> new HashMap<>()).put(w.getField(), w));
        values.forEach((key, value) -> {
            if (!key.startsWith(WINDOW_PREFIX) && value.matches("-?[0-9]+(\\.[0-9]+)?")) {
                decimals.put(key, new BigDecimal(value));
            }
        });
        // fail at start-up, not during an evaluation
        getPlateletHardBelowE9L();
        getInrCautionAbove();
        getInrHardAbove();
        getLabMaxAgeDays();
        getImagingMaxAgeDays();
        getReferralToMdtMaxDays();
        getMdtToProcedureMaxDays();
        getReferralToTreatmentMaxDays();
        getChildBearingAgeMinYears();
        getChildBearingAgeMaxYears();
        values.forEach((key, value) -> {
            if (!key.startsWith(WINDOW_PREFIX)) {
                checkValue(key, value);
            }
        });
    }

    /** Every parameter is a number, a fraction {@code a/b} or a boolean; anything else fails at start-up. */
    private static void checkValue(String key, String value) {
        if (value.equals("true") || value.equals("false")) {
            return;
        }
        try {
            if (value.contains("/")) {
                fraction(value);
            } else {
                new BigDecimal(value);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("rule parameter " + key + " is not a number, fraction or boolean: "
                    + value, e);
        }
    }

    private static BigDecimal[] fraction(String value) {
        String[] parts = value.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a fraction: " + value);
        }
        BigDecimal denominator = new BigDecimal(parts[1].trim());
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + value);
        }
        return new BigDecimal[] {new BigDecimal(parts[0].trim()), denominator};
    }

    public static RuleParameters defaults() {
        return withOverrides(Map.of());
    }

    public static RuleParameters withOverrides(Map<String, String> overrides) {
        Map<String, String> merged = loadDefaults();
        overrides.forEach((key, value) -> {
            if (!merged.containsKey(key)) {
                throw new IllegalArgumentException("unknown rule parameter: " + key);
            }
            merged.put(key, value.trim());
        });
        return new RuleParameters(merged);
    }

    private static Map<String, String> loadDefaults() {
        Properties props = new Properties();
        try (InputStream in = RuleParameters.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULTS_RESOURCE);
            }
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        props.stringPropertyNames().forEach(name -> map.put(name, props.getProperty(name).trim()));
        return map;
    }

    /** Effective values, sorted by name; part of the rules version stamp. */
    public Map<String, String> asMap() {
        return values;
    }

    /**
     * The numbers outside the window rule {@code ruleId} sets for their field (fields without one pass). One call per
     * rule and case: looking the window up per number from the DRL cost an interpreted expression per number.
     */
    public List<WindowViolation> outside(String ruleId, List<NumberField> numbers) {
        List<WindowViolation> out = List.of();
        Map<String, PlausibilityWindow> byField = windowsByRule.getOrDefault(ruleId, Map.of());
        for (NumberField n : numbers) {
            PlausibilityWindow w = byField.get(n.getName());
            if (w != null && w.excludes(n.getValue())) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(new WindowViolation(n, w));
            }
        }
        return out;
    }

    private BigDecimal decimal(String name) {
        BigDecimal parsed = decimals.get(name);
        if (parsed != null) {
            return parsed;
        }
        String v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("rule parameter not set: " + name);
        }
        return new BigDecimal(v);
    }

    /**
     * Any numeric parameter by name, for rules: {@code RuleParameters($max : number("bileDuctMinSafeMm"))}.
     * An unknown name fails the evaluation, so a misspelt name in a DRL file is found by the first scenario.
     */
    public BigDecimal number(String name) {
        return decimal(name);
    }

    /** Any boolean parameter by name ({@code true} / {@code false}). */
    public boolean flag(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("rule parameter not set: " + name);
        }
        return Boolean.parseBoolean(v);
    }

    /**
     * True when {@code value} is strictly greater than the fraction parameter {@code name} (written {@code a/b},
     * compared exactly, e.g. LIV-08 "more than 1/3"). A plain decimal parameter works as well.
     */
    public boolean exceedsFraction(String name, BigDecimal value) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("rule parameter not set: " + name);
        }
        if (!v.contains("/")) {
            return value.compareTo(new BigDecimal(v)) > 0;
        }
        BigDecimal[] f = fraction(v);
        return value.multiply(f[1]).compareTo(f[0]) > 0;
    }

    /** GEN-03: platelets below this (×10⁹/L) are NOT_ELIGIBLE (correctable). */
    public BigDecimal getPlateletHardBelowE9L() { return decimal("plateletHardBelowE9L"); }
    /** GEN-04: INR above this is CAUTION. */
    public BigDecimal getInrCautionAbove() { return decimal("inrCautionAbove"); }
    /** GEN-04: INR above this is NOT_ELIGIBLE (correctable). */
    public BigDecimal getInrHardAbove() { return decimal("inrHardAbove"); }
    /** VAL-08 / TMR-06. */
    public int getLabMaxAgeDays() { return decimal("labMaxAgeDays").intValueExact(); }
    /** VAL-08 / TMR-06. */
    public int getImagingMaxAgeDays() { return decimal("imagingMaxAgeDays").intValueExact(); }
    /** TMR-02. */
    public int getReferralToMdtMaxDays() { return decimal("referralToMdtMaxDays").intValueExact(); }
    /** TMR-03. */
    public int getMdtToProcedureMaxDays() { return decimal("mdtToProcedureMaxDays").intValueExact(); }
    /** TMR-04. */
    public int getReferralToTreatmentMaxDays() { return decimal("referralToTreatmentMaxDays").intValueExact(); }
    /** VAL-01 / GEN-06: a female patient in this age range (completed years, inclusive) needs a pregnancy status. */
    public int getChildBearingAgeMinYears() { return decimal("childBearingAgeMinYears").intValueExact(); }
    public int getChildBearingAgeMaxYears() { return decimal("childBearingAgeMaxYears").intValueExact(); }
}
