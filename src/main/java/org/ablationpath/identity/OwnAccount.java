package org.ablationpath.identity;

/** What every signed-in user may do with their own account. */
public interface OwnAccount {

    /** True while the user signs in with a temporary password: the screens send them to change it. */
    boolean passwordChangeRequired(String username);

    /**
     * Changes the signed-in user's password; refuses with an {@link org.ablationpath.platform.web.InvalidInputException}
     * naming {@code currentPassword} or {@code newPassword}.
     */
    void changePassword(String currentPassword, String newPassword);

    /** Ends every session of the signed-in user, on every browser (this one included). */
    void signOutEverywhere();
}
