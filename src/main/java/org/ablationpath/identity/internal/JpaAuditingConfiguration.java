package org.ablationpath.identity.internal;

import java.util.Optional;
import org.ablationpath.identity.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Stamps created/updated by with the signed-in user ("system" for the engine's own work). */
@Configuration
@EnableJpaAuditing(auditorAwareRef = "currentAuditor")
class JpaAuditingConfiguration {
    @Bean
    AuditorAware<String> currentAuditor(CurrentUser currentUser) {
        return () -> Optional.of(currentUser.username());
    }
}
