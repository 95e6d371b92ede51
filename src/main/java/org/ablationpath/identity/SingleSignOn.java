package org.ablationpath.identity;

import java.util.List;

/** The single sign-on providers the login page offers (none unless OIDC is enabled). */
public interface SingleSignOn {

    List<Provider> providers();

    /** A provider's name as shown on the button, and the URL that starts the sign-in with it. */
    record Provider(String name, String loginUrl) {
    }
}
