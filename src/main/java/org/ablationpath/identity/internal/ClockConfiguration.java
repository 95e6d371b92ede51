package org.ablationpath.identity.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's clock (lockouts are measured against it): one bean, so a test can move it instead of waiting. */
@Configuration
@EnableConfigurationProperties(IdentitySecurityProperties.class)
class ClockConfiguration {
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
