package org.ablationpath.identity.internal;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.scrypt.SCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three doors: the REST API (HTTP Basic, stateless, problem responses), Camunda's Cockpit and engine REST
 * (ADMIN only, sharing the screens' login session), and the Vaadin screens (form login, view annotations, and
 * OIDC when enabled). The screens' sessions are registered, so a user or an administrator can end them.
 */
@Configuration
@EnableWebSecurity
// @Secured and @PreAuthorize guard services and endpoints; the views' @RolesAllowed is read by Vaadin's router
// (VaadinSecurityConfigurer below). JSR-250 method security would also wrap every view, at every navigation, in a
// proxy: off.
@EnableMethodSecurity(securedEnabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";
    /** Hash id of new passwords: Argon2id with Spring Security 5.8's parameters (16 MiB, 2 iterations). */
    static final String NEW_HASH_ID = "argon2@SpringSecurity_v5_8";
    static final String OIDC_USERNAME_ATTRIBUTE = "ablationpath_username";

    @Bean
    PasswordEncoder passwordEncoder() {
        // the algorithm id is stored with each hash: bcrypt hashes of earlier releases still verify and are
        // rehashed with Argon2 at the next successful sign-in (DatabaseUserDetailsService.updatePassword)
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(NEW_HASH_ID, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        encoders.put("pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("scrypt@SpringSecurity_v5_8", SCryptPasswordEncoder.defaultsForSpringSecurity_v5_8());
        return new DelegatingPasswordEncoder(NEW_HASH_ID, encoders);
    }

    /**
     * The prefix of the role authorities ({@code Role.authority()}). Vaadin's router looks this holder up at every
     * navigation; without a bean its lookup falls back to scanning the class path's service files each time (3 % of
     * the screens' request CPU in the load benchmark).
     */
    @Bean
    VaadinRolePrefixHolder vaadinRolePrefixHolder() {
        return new VaadinRolePrefixHolder(Role.AUTHORITY_PREFIX);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container ends a session (timeout, logout). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        ProblemJsonSecurityHandlers handlers = new ProblemJsonSecurityHandlers();
        http.securityMatcher(path("/api/**"))
                // a temporary password opens no API: the user changes it on the screens first
                .authorizeHttpRequests(auth -> auth.anyRequest().access(withOwnPassword()))
                .httpBasic(basic -> basic.authenticationEntryPoint(handlers))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic auth: no cookie, so no cross-site request can ride on a session
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaSecurity(HttpSecurity http, SessionRegistry sessions) throws Exception {
        RequestMatcher camunda = new OrRequestMatcher(path("/camunda/**"), path("/engine-rest/**"));
        http.securityMatcher(camunda)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> { })
                .exceptionHandling(ex -> ex
                        // API clients of the engine get a 401 challenge, people opening Cockpit the login page
                        .defaultAuthenticationEntryPointFor(new ProblemJsonSecurityHandlers(), path("/engine-rest/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH), path("/camunda/**"))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(HttpServletResponse.SC_FORBIDDEN)))
                // Cockpit shares the screens' session: a session ended there is ended here too
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl(LOGIN_PATH))
                // the Camunda webapps carry their own CSRF token filter
                .csrf(csrf -> csrf.ignoringRequestMatchers(camunda));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain screenSecurity(HttpSecurity http, SessionRegistry sessions, IdentitySecurityProperties properties,
                                       ObjectProvider<OidcUsers> oidcUsers) throws Exception {
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin())
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(path("/images/**"), path("/icons/**"), path("/webjars/**"), path("/static/**")).permitAll());
        // every screen session is registered, so "sign out everywhere" and an administrator can end it
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl(LOGIN_PATH));
        if (properties.oidc().enabled()) {
            http.oauth2Login(oauth -> oauth.loginPage(LOGIN_PATH)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers.getObject())));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH));
        return http.build();
    }

    @Bean
    OidcUsers oidcUsers(IdentitySecurityProperties properties, AppUserRepository users, CenterRepository centers,
                        LoginAttempts attempts, PasswordEncoder encoder, TransactionTemplate transaction) {
        return new OidcUsers(new OidcClaimMapper(properties.oidc()), users, centers, attempts, encoder, transaction,
                OIDC_USERNAME_ATTRIBUTE);
    }

    private static AuthorizationManager<RequestAuthorizationContext> withOwnPassword() {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication auth = authentication.get();
            boolean ok = auth != null && auth.isAuthenticated()
                    && !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
                    && auth.getAuthorities().stream()
                    .noneMatch(a -> CurrentUser.PASSWORD_CHANGE_REQUIRED_AUTHORITY.equals(a.getAuthority()));
            return new AuthorizationDecision(ok);
        };
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
