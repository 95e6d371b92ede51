package org.ablationpath.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Users and centers: the only way other modules read or create them. */
public interface UserDirectory {

    Optional<UserAccount> find(String username);

    boolean exists(String username);

    boolean anyUserWithRole(Role role);

    /**
     * Creates a user with a password of their own (no change required at sign-in). The password policy applies,
     * except in the {@code demo} profile, where the demo loader gives every demo user the password "demo".
     * Administrators create users through {@link UserAdministration}.
     */
    UserAccount create(String username, String rawPassword, String displayName, Set<Role> roles, Set<String> centerIds);

    void changeLocale(String username, String locale);

    Center saveCenter(Center center);

    Optional<Center> center(String centerId);

    List<Center> centers();
}
