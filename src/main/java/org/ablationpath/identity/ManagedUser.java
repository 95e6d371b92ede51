package org.ablationpath.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A user as the administration sees it: the account plus its security state. {@code version} is the edit version an
 * update must name, so two administrators cannot overwrite each other's changes unnoticed.
 */
public record ManagedUser(String username, String displayName, boolean enabled, Set<Role> roles, Set<String> centerIds,
                          boolean locked, Instant lockedUntil, int failedAttempts, boolean passwordChangeRequired,
                          long version) {
}
