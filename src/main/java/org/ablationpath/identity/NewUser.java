package org.ablationpath.identity;

import java.util.Set;

/** What an administrator enters to create a user; the password is an initial one the user must change. */
public record NewUser(String username, String displayName, String password, Set<Role> roles, Set<String> centerIds) {
}
