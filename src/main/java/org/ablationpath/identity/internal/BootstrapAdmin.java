package org.ablationpath.identity.internal;

import java.util.Set;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile there are no default passwords: the first admin is created from configuration
 * (ABLATIONPATH_BOOTSTRAP_ADMIN_USERNAME / _PASSWORD) when no admin exists yet.
 */
@Component
class BootstrapAdmin {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserDirectory users;
    private final String username;
    private final String password;
    private final PasswordPolicy policy;

    BootstrapAdmin(UserDirectory users, PasswordPolicy policy,
                   @Value("${ablationpath.bootstrap-admin.username:}") String username,
                   @Value("${ablationpath.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
        this.policy = policy;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void createFirstAdmin() {
        if (users.anyUserWithRole(Role.ADMIN)) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No administrator exists. Set ABLATIONPATH_BOOTSTRAP_ADMIN_USERNAME and ABLATIONPATH_BOOTSTRAP_ADMIN_PASSWORD to create one.");
            return;
        }
        var problems = policy.check("password", username, password);
        if (!problems.isEmpty()) {
            log.error("The bootstrap admin password does not meet the password policy ({}); no administrator was created.",
                    problems.stream().map(p -> p.message()).toList());
            return;
        }
        users.create(username, password, "Administrator", Set.of(Role.ADMIN), Set.of());
        log.info("Created the first administrator '{}' from configuration.", username);
    }
}
