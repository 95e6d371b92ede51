package org.ablationpath.pathway.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Camunda's webapps (Cockpit) trust the application's own login: Spring Security lets only ADMIN through
 * (identity module), and this filter hands that user to Cockpit as a Camunda administrator, so Camunda keeps
 * no second user store.
 */
@Configuration(proxyBeanMethods = false)
class CockpitAuthentication {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitAuthenticationFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityUserProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        // after Spring Security's filter chain (order -100), which has already authenticated the request
        registration.setOrder(0);
        return registration;
    }

    /** Reads the user Spring Security authenticated; instantiated by Camunda's filter by class name. */
    public static class SpringSecurityUserProvider extends ContainerBasedAuthenticationProvider {
        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean admin = authentication != null && authentication.isAuthenticated()
                    && authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
            if (!admin) {
                return AuthenticationResult.unsuccessful();
            }
            ensureShadowUser(engine, authentication.getName());
            AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
            result.setGroups(List.of("camunda-admin"));
            return result;
        }

        /**
         * Cockpit looks the user up in the engine's identity tables; it gets a shadow entry with an unusable random
         * password, because the login itself is always the application's.
         */
        private static void ensureShadowUser(ProcessEngine engine, String username) {
            IdentityService identity = engine.getIdentityService();
            if (identity.createUserQuery().userId(username).count() == 0) {
                User user = identity.newUser(username);
                user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
                identity.saveUser(user);
            }
        }
    }
}
