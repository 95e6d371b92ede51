package org.ablationpath.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Locale;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * The screen language follows the browser until the user picks one in the header; the choice is kept with the
 * user and applied on every new page.
 */
@Component
class UserLanguage implements VaadinServiceInitListener {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE);

    private final CurrentUser currentUser;
    private final UserDirectory users;

    UserLanguage(CurrentUser currentUser, UserDirectory users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            if (currentUser.isAuthenticated()) {
                users.find(currentUser.username())
                        .map(account -> account.locale())
                        .filter(tag -> tag != null && !tag.isBlank())
                        .ifPresent(tag -> ui.getUI().setLocale(Locale.forLanguageTag(tag)));
            }
        });
    }

    void choose(Locale locale) {
        users.changeLocale(currentUser.username(), locale.toLanguageTag());
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    static Locale closestSupported(Locale locale) {
        if (locale != null && "zh".equals(locale.getLanguage())) {
            return Locale.TRADITIONAL_CHINESE;
        }
        return Locale.ENGLISH;
    }

    static String label(Locale locale) {
        return locale.getDisplayName(locale);
    }
}
