package org.ablationpath.identity;

import java.util.List;

/**
 * User administration for ADMIN (screen and REST API alike). Invalid input is refused with
 * {@link org.ablationpath.platform.web.InvalidInputException} naming each field; an unknown user is a
 * {@link org.ablationpath.platform.web.NotFoundException}; a stale version a
 * {@link org.ablationpath.platform.web.ConflictException}.
 */
public interface UserAdministration {

    /** Users ordered by username, one page of them (for lazy grids and the API). */
    List<ManagedUser> list(int offset, int limit);

    int count();

    ManagedUser get(String username);

    /** Creates a user whose initial password must be changed at the first sign-in. */
    ManagedUser create(NewUser user);

    /** Changes roles, centers, display name or enabled; disabling ends the user's sessions. */
    ManagedUser update(String username, UserChanges changes);

    /** Sets a temporary password the user must change at the next sign-in, unlocks, and ends the user's sessions. */
    void resetPassword(String username, String temporaryPassword);

    /** Lifts a lockout after failed sign-ins at once. */
    void unlock(String username);
}
