package org.ablationpath.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A failure while opening a screen: logged, and a plain page with a way back instead of a stack trace. */
@ParentLayout(MainLayout.class)
@PermitAll
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Unexpected error opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H2(getTranslation("error.unexpected")), new Paragraph(getTranslation("error.contact")),
                new Anchor("", getTranslation("task.back")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
