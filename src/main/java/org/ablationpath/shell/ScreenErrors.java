package org.ablationpath.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.ablationpath.platform.web.Conflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * An error in a screen's event handler is logged for the operators and shown to the user as a plain message,
 * never as a stack trace; a denied action says so.
 */
@Component
class ScreenErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ScreenErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent error) {
        Throwable cause = error.getThrowable();
        boolean denied = cause instanceof AccessDeniedException;
        // a lost race (someone else saved first) is no fault: say so; the screen and its typed input stay as they are
        boolean conflict = !denied && Conflicts.isConflict(cause);
        if (!denied && !conflict) {
            log.error("Unexpected error in a screen", cause);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            String message = denied ? ui.getTranslation("error.denied")
                    : conflict ? ui.getTranslation("error.conflict", Conflicts.message(cause)) : ui.getTranslation("error.unexpected");
            ui.access(() -> Notification.show(message, conflict ? 8000 : 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }
}
