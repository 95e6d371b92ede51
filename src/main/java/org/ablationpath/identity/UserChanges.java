package org.ablationpath.identity;

import java.util.Set;

/**
 * An administrator's edit of a user; a null member leaves that part unchanged. {@code version} is the version the
 * administrator saw: a different current version is a concurrent edit (409).
 */
public record UserChanges(Long version, String displayName, Set<Role> roles, Set<String> centerIds, Boolean enabled) {
}
