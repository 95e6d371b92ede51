package org.ablationpath.identity;

import java.util.Set;

/** A user as other modules see it (never the password hash). */
public record UserAccount(String username, String displayName, boolean enabled, Set<Role> roles, Set<String> centerIds,
                          String locale) {
}
