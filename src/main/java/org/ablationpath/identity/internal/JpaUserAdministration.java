package org.ablationpath.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.ManagedUser;
import org.ablationpath.identity.NewUser;
import org.ablationpath.identity.OwnAccount;
import org.ablationpath.identity.Roles;
import org.ablationpath.identity.UserAdministration;
import org.ablationpath.identity.UserChanges;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User administration (ADMIN) and each user's own account, on the app_user tables. */
@Service
@Transactional
class JpaUserAdministration implements UserAdministration, OwnAccount {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final String ADMIN = "ROLE_" + Roles.ADMIN;

    private final AppUserRepository users;
    private final CenterRepository centers;
    private final LoginAttempts attempts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final UserSessions sessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    JpaUserAdministration(AppUserRepository users, CenterRepository centers, LoginAttempts attempts, PasswordPolicy policy,
                          PasswordEncoder encoder, UserSessions sessions, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.centers = centers;
        this.attempts = attempts;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Secured(ADMIN)
    @Transactional(readOnly = true)
    public List<ManagedUser> list(int offset, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // offset need not be a multiple of limit (Vaadin grids): read from the page holding offset and skip
        int page = offset / limit;
        int skip = offset % limit;
        List<AppUserEntity> rows = new ArrayList<>(users.findAll(PageRequest.of(page, limit, Sort.by("username"))).getContent());
        if (skip > 0) {
            rows = new ArrayList<>(rows.subList(Math.min(skip, rows.size()), rows.size()));
            rows.addAll(users.findAll(PageRequest.of(page + 1, limit, Sort.by("username"))).getContent()
                    .stream().limit(skip).toList());
        }
        return rows.stream().map(this::managed).toList();
    }

    @Override
    @Secured(ADMIN)
    @Transactional(readOnly = true)
    public int count() {
        return (int) users.count();
    }

    @Override
    @Secured(ADMIN)
    @Transactional(readOnly = true)
    public ManagedUser get(String username) {
        return managed(user(username));
    }

    @Override
    @Secured(ADMIN)
    public ManagedUser create(NewUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = user.username() == null ? "" : user.username().trim();
        if (username.isEmpty()) {
            problems.add(new FieldProblem("username", "A username is required."));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username",
                    "2 to 60 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit."));
        } else if (users.findByUsername(username).isPresent()) {
            problems.add(new FieldProblem("username", "This username is taken."));
        }
        problems.addAll(checkDisplayName(user.displayName()));
        problems.addAll(policy.check("password", username, user.password()));
        problems.addAll(checkRoles(user.roles()));
        problems.addAll(checkCenters(user.centerIds(), user.roles()));
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        AppUserEntity entity = new AppUserEntity(username, encoder.encode(user.password()), user.displayName().trim(),
                user.roles(), user.centerIds() == null ? Set.of() : user.centerIds());
        entity.changePassword(entity.passwordHash(), true, clock.instant());
        users.saveAndFlush(entity);
        attempts.created(entity.id());
        return managed(entity);
    }

    @Override
    @Secured(ADMIN)
    public ManagedUser update(String username, UserChanges changes) {
        AppUserEntity entity = user(username);
        List<FieldProblem> problems = new ArrayList<>();
        if (changes.version() == null) {
            problems.add(new FieldProblem("version", "The version of the user you edited is required."));
        }
        if (changes.displayName() != null) {
            problems.addAll(checkDisplayName(changes.displayName()));
        }
        if (changes.roles() != null) {
            problems.addAll(checkRoles(changes.roles()));
        }
        if (changes.centerIds() != null) {
            problems.addAll(checkCenters(changes.centerIds(), changes.roles() == null ? entity.roles() : changes.roles()));
        }
        if (Boolean.FALSE.equals(changes.enabled()) && username.equals(currentUser.username())) {
            problems.add(new FieldProblem("enabled", "You cannot disable your own account."));
        }
        if (changes.roles() != null && username.equals(currentUser.username())
                && !changes.roles().contains(org.ablationpath.identity.Role.ADMIN)) {
            problems.add(new FieldProblem("roles", "You cannot take the ADMIN role from yourself."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        if (changes.version() != entity.version()) {
            throw new ConflictException("User " + username + " was changed by someone else (version " + entity.version()
                    + ", you edited " + changes.version() + "). Reload it and apply your change again.");
        }
        boolean disabling = Boolean.FALSE.equals(changes.enabled()) && entity.enabled();
        if (changes.displayName() != null) {
            entity.rename(changes.displayName().trim());
        }
        if (changes.roles() != null) {
            entity.assignRoles(changes.roles());
        }
        if (changes.centerIds() != null) {
            entity.assignCenters(changes.centerIds());
        }
        if (changes.enabled() != null) {
            entity.enable(changes.enabled());
        }
        users.saveAndFlush(entity);
        if (disabling) {
            sessions.endAll(username);
        }
        return managed(entity);
    }

    @Override
    @Secured(ADMIN)
    public void resetPassword(String username, String temporaryPassword) {
        AppUserEntity entity = user(username);
        List<FieldProblem> problems = policy.check("temporaryPassword", username, temporaryPassword);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        entity.changePassword(encoder.encode(temporaryPassword), true, clock.instant());
        users.saveAndFlush(entity);
        attempts.unlock(entity.id());
        sessions.endAll(username);
    }

    @Override
    @Secured(ADMIN)
    public void unlock(String username) {
        attempts.unlock(user(username).id());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired(String username) {
        return users.findByUsername(username).map(AppUserEntity::passwordChangeRequired).orElse(false);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        AppUserEntity entity = user(currentUser.username());
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, entity.passwordHash())) {
            problems.add(new FieldProblem("currentPassword", "This is not your current password."));
        }
        problems.addAll(policy.check("newPassword", entity.username(), newPassword));
        if (newPassword != null && currentPassword != null && newPassword.equals(currentPassword)) {
            problems.add(new FieldProblem("newPassword", "Choose a password different from the current one.", "PASSWORD-REUSE"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        entity.changePassword(encoder.encode(newPassword), false, clock.instant());
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void signOutEverywhere() {
        sessions.endAll(currentUser.username());
    }

    private AppUserEntity user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("No user " + username + "."));
    }

    private ManagedUser managed(AppUserEntity user) {
        LoginAttempts.LoginState state = attempts.state(user.id());
        return new ManagedUser(user.username(), user.displayName(), user.enabled(), Set.copyOf(user.roles()),
                Set.copyOf(user.centerIds()), state.locked(), state.lockedUntil(), state.failedAttempts(),
                user.passwordChangeRequired(), user.version());
    }

    private static List<FieldProblem> checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return List.of(new FieldProblem("displayName", "A display name is required."));
        }
        if (displayName.trim().length() > 200) {
            return List.of(new FieldProblem("displayName", "At most 200 characters."));
        }
        return List.of();
    }

    private static List<FieldProblem> checkRoles(Set<org.ablationpath.identity.Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return List.of(new FieldProblem("roles", "Choose at least one role."));
        }
        return List.of();
    }

    private List<FieldProblem> checkCenters(Set<String> centerIds, Set<org.ablationpath.identity.Role> roles) {
        Set<String> ids = centerIds == null ? Set.of() : centerIds;
        List<FieldProblem> problems = new ArrayList<>();
        List<String> unknown = ids.stream().filter(id -> !centers.existsById(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("centerIds", "Unknown center: " + String.join(", ", unknown) + "."));
        }
        boolean clinical = roles != null && roles.stream().anyMatch(r -> r != org.ablationpath.identity.Role.ADMIN);
        if (ids.isEmpty() && clinical) {
            problems.add(new FieldProblem("centerIds", "Clinical roles need at least one center."));
        }
        return problems;
    }
}
