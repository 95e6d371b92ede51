package org.ablationpath.identity.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.OwnAccount;
import org.springframework.stereotype.Component;

/**
 * While a user signs in with a temporary password, every screen but the password change sends them there. Only a
 * sign-in made with a temporary password is checked against the database (has it been changed since?): a reset by an
 * admin ends the user's sessions, so any other sign-in cannot need the change, and navigation reads nothing.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final OwnAccount account;

    PasswordChangeGate(CurrentUser currentUser, OwnAccount account) {
        this.currentUser = currentUser;
        this.account = account;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            if (target == ChangePasswordView.class || target.isAnnotationPresent(AnonymousAllowed.class)
                    || !currentUser.isAuthenticated() || !currentUser.signedInWithTemporaryPassword()) {
                return;
            }
            if (account.passwordChangeRequired(currentUser.username())) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
