package org.ablationpath.followup.internal;

import java.util.Optional;
import org.ablationpath.followup.MarginSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until a module that measures ablative margins (imaging) provides a {@link MarginSource}, no margin is known and
 * FUP-06 switches on the baseline condition only.
 */
@Configuration(proxyBeanMethods = false)
class MarginSourceConfiguration {

    @Bean
    @ConditionalOnMissingBean(MarginSource.class)
    MarginSource noMarginsYet() {
        return (caseId, histology) -> Optional.empty();
    }
}
