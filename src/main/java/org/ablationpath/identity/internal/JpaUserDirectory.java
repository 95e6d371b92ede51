package org.ablationpath.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ablationpath.identity.Center;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.UserAccount;
import org.ablationpath.identity.UserDirectory;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaUserDirectory implements UserDirectory {

    private final AppUserRepository users;
    private final CenterRepository centers;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final LoginAttempts attempts;
    private final boolean demoProfile;

    JpaUserDirectory(AppUserRepository users, CenterRepository centers, PasswordEncoder passwordEncoder,
                     PasswordPolicy policy, LoginAttempts attempts, Environment environment) {
        this.users = users;
        this.centers = centers;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.attempts = attempts;
        this.demoProfile = environment.acceptsProfiles(Profiles.of("demo"));
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return users.findByUsername(username).map(AppUserEntity::toAccount);
    }

    @Override
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    @Override
    public boolean anyUserWithRole(Role role) {
        return users.existsByRolesContaining(role);
    }

    @Override
    @Transactional
    public UserAccount create(String username, String rawPassword, String displayName, Set<Role> roles, Set<String> centerIds) {
        if (exists(username)) {
            throw new IllegalArgumentException("User " + username + " exists already");
        }
        // the demo users' password "demo" is below the policy on purpose; outside the demo profile the policy holds
        if (!demoProfile) {
            List<FieldProblem> problems = policy.check("password", username, rawPassword);
            if (!problems.isEmpty()) {
                throw InvalidInputException.badRequest(problems);
            }
        }
        AppUserEntity user = users.saveAndFlush(
                new AppUserEntity(username, passwordEncoder.encode(rawPassword), displayName, roles, centerIds));
        attempts.created(user.id());
        return user.toAccount();
    }

    @Override
    @Transactional
    public void changeLocale(String username, String locale) {
        users.findByUsername(username).ifPresent(user -> user.changeLocale(locale));
    }

    @Override
    @Transactional
    public Center saveCenter(Center center) {
        return centers.save(new CenterEntity(center)).toCenter();
    }

    @Override
    public Optional<Center> center(String centerId) {
        return centers.findById(centerId).map(CenterEntity::toCenter);
    }

    @Override
    public List<Center> centers() {
        return centers.findAll().stream().map(CenterEntity::toCenter).toList();
    }
}
