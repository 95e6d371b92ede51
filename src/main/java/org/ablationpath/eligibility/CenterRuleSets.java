package org.ablationpath.eligibility;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One rule set per center: a center with configured parameters
 * ({@code ablationpath.rules.centers.<centerId>.<parameterName>=<value>}, eligibility.md section 18) gets its own
 * {@link EligibilityService}, built once at start-up, whose rules version includes those values; every other center
 * uses the default service. A parameter name the defaults do not know stops the start-up.
 */
@Component
public class CenterRuleSets {

    public static final String PROPERTY_PREFIX = "ablationpath.rules.centers";

    private final EligibilityService defaults;
    private final Map<String, EligibilityService> byCenter;
    private final Map<String, Map<String, String>> overrides;

    @Autowired
    CenterRuleSets(EligibilityService defaults, Environment environment, Optional<Clock> clock) {
        this(defaults, configured(environment), clock.orElse(Clock.systemDefaultZone()));
    }

    /**
     * @param overridesByCenter parameter values by center id and parameter name; names are matched to the known
     *                          parameters ignoring case, '-' and '_' (so environment variables work too)
     */
    public CenterRuleSets(EligibilityService defaults, Map<String, Map<String, String>> overridesByCenter, Clock clock) {
        this.defaults = defaults;
        Map<String, EligibilityService> services = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Map<String, String>> canonical = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        overridesByCenter.forEach((center, values) -> {
            if (values == null || values.isEmpty()) {
                return;
            }
            Map<String, String> named = canonicalNames(center, values, defaults.parameters());
            canonical.put(center.toUpperCase(Locale.ROOT), Collections.unmodifiableMap(named));
            services.put(center.toUpperCase(Locale.ROOT), new EligibilityService(named, clock));
        });
        this.byCenter = Collections.unmodifiableMap(services);
        this.overrides = Collections.unmodifiableMap(canonical);
    }

    /** The rules of this center: its own when it has configured parameters, else the defaults. */
    public EligibilityService forCenter(String centerId) {
        return centerId == null ? defaults : byCenter.getOrDefault(centerId, defaults);
    }

    public EligibilityService defaults() {
        return defaults;
    }

    /** Centers with their own parameters, by center id (upper case, sorted). */
    public Map<String, EligibilityService> configuredCenters() {
        return byCenter;
    }

    /** The configured (overridden) values of a center; empty for a center on the defaults. */
    public Map<String, String> overridesOf(String centerId) {
        return centerId == null ? Map.of() : overrides.getOrDefault(centerId, Map.of());
    }

    private static Map<String, String> canonicalNames(String center, Map<String, String> values, Map<String, String> known) {
        Map<String, String> byLooseName = new LinkedHashMap<>();
        known.keySet().forEach(name -> byLooseName.put(loose(name), name));
        Map<String, String> named = new TreeMap<>();
        values.forEach((name, value) -> {
            String canonical = byLooseName.get(loose(name));
            if (canonical == null) {
                throw new IllegalArgumentException("unknown rule parameter for center " + center + ": " + name
                        + " (" + PROPERTY_PREFIX + "." + center + "." + name + ")");
            }
            named.put(canonical, value);
        });
        return named;
    }

    private static String loose(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static Map<String, Map<String, String>> configured(Environment environment) {
        return Binder.get(environment)
                .bind(PROPERTY_PREFIX, centersBindable())
                .orElse(Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Bindable<Map<String, Map<String, String>>> centersBindable() {
        return (Bindable<Map<String, Map<String, String>>>) (Bindable<?>) Bindable.of(
                org.springframework.core.ResolvableType.forClassWithGenerics(Map.class,
                        org.springframework.core.ResolvableType.forClass(String.class),
                        org.springframework.core.ResolvableType.forClassWithGenerics(Map.class, String.class, String.class)));
    }
}
