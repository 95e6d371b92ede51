package org.ablationpath;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Part of the one shared test context (via {@link AblationPathTest}): the movable clock replaces the system clock. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {
    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
