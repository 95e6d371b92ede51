package org.ablationpath.followup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The shipped followup-schedules.yml bound as the application binds it, optionally with some values overridden. */
public final class FollowUpConfigs {

    private FollowUpConfigs() {
    }

    public static FollowUpSchedules shipped() {
        return shippedWith(Map.of());
    }

    /** @param overrides property names (e.g. {@code ablationpath.followup.version}) and values that win over the file */
    public static FollowUpSchedules shippedWith(Map<String, Object> overrides) {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader().load("schedules", new ClassPathResource("followup-schedules.yml"))
                    .forEach(source -> environment.getPropertySources().addFirst(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("overrides", overrides));
        return new Binder(ConfigurationPropertySources.get(environment), new PropertySourcesPlaceholdersResolver(environment))
                .bind("ablationpath.followup", FollowUpSchedules.class).get();
    }
}
