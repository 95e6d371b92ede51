package org.ablationpath.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.ablationpath.identity.SingleSignOn;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** Form login for the screens; says so plainly when the installation holds demo data. */
@Route(value = "login", autoLayout = false)
@PageTitle("AblationPath")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView(Environment environment, SingleSignOn singleSignOn) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.description"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgotPassword"));
        i18n.getErrorMessage().setTitle(getTranslation("login.errorTitle"));
        i18n.getErrorMessage().setMessage(getTranslation("login.errorMessage"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        add(new H1(getTranslation("login.title")), new Paragraph(getTranslation("app.tagline")), login);
        // OIDC providers (ablationpath.security.oidc.enabled): a full page load to Spring Security's redirect
        for (SingleSignOn.Provider provider : singleSignOn.providers()) {
            Anchor sso = new Anchor(provider.loginUrl(), getTranslation("login.sso", provider.name()));
            sso.setRouterIgnore(true);
            sso.addClassName("sso-login");
            add(sso);
        }
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            Div notice = new Div(getTranslation("app.demoNotice"));
            notice.addClassName("demo-notice");
            notice.setId("demo-notice");
            add(notice);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
