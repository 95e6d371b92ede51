package org.ablationpath.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
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
        if (!denied) {
            log.error("Unexpected error in a screen", cause);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(ui.getTranslation(denied ? "error.denied" : "error.unexpected"), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }
}
