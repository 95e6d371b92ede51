package org.ablationpath.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ablationpath.identity.Center;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.UserAccount;
import org.ablationpath.identity.UserDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaUserDirectory implements UserDirectory {

    private final AppUserRepository users;
    private final CenterRepository centers;
    private final PasswordEncoder passwordEncoder;

    JpaUserDirectory(AppUserRepository users, CenterRepository centers, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.centers = centers;
        this.passwordEncoder = passwordEncoder;
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
        AppUserEntity user = new AppUserEntity(username, passwordEncoder.encode(rawPassword), displayName, roles, centerIds);
        return users.save(user).toAccount();
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
