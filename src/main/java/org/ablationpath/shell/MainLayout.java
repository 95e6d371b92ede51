package org.ablationpath.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.OwnAccount;
import org.ablationpath.identity.Role;

/** Header (user, center, language, password, sign out here or everywhere) and side navigation showing what the user's roles may open. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, UserLanguage language, OwnAccount account) {
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");

        Span user = new Span(getTranslation("shell.signedInAs", currentUser.username())
                + " · " + getTranslation("shell.center") + " " + String.join(", ", currentUser.centerIds()));
        user.addClassName("app-user");

        Select<Locale> languages = new Select<>();
        languages.setAriaLabel(getTranslation("shell.language"));
        languages.setItems(UserLanguage.SUPPORTED);
        languages.setItemLabelGenerator(UserLanguage::label);
        languages.setValue(UserLanguage.closestSupported(getLocale()));
        languages.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                language.choose(e.getValue());
            }
        });

        Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        Button changePassword = new Button(getTranslation("shell.changePassword"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account/password")));
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changePassword.setId("change-password-link");

        // ends this user's sessions in every browser, then this one
        Button logoutEverywhere = new Button(getTranslation("shell.logoutEverywhere"), e -> {
            account.signOutEverywhere();
            authentication.logout();
        });
        logoutEverywhere.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logoutEverywhere.setId("logout-everywhere");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user, languages, changePassword, logout,
                logoutEverywhere);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(user);
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(navigation(currentUser));
    }

    private SideNav navigation(CurrentUser currentUser) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("shell.nav.tasks"), ""));
        if (currentUser.hasRole(Role.REFERRING_PHYSICIAN)) {
            nav.addItem(new SideNavItem(getTranslation("shell.nav.newReferral"), "referrals/new"));
        }
        if (currentUser.roles().stream().anyMatch(r -> r != Role.ADMIN && r != Role.DATA_MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("shell.nav.cases"), "cases"));
        }
        if (currentUser.hasRole(Role.NURSE) || currentUser.hasRole(Role.DATA_MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("worklist.nav"), "worklist"));
        }
        if (currentUser.hasRole(Role.REFERRING_PHYSICIAN)) {
            nav.addItem(new SideNavItem(getTranslation("meeting.nav.myReferrals"), "my-referrals"));
        }
        if (currentUser.hasRole(Role.TUMOR_BOARD)) {
            nav.addItem(new SideNavItem(getTranslation("meeting.nav.boards"), "boards"));
        }
        if (currentUser.roles().stream().anyMatch(r -> r != Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("shell.nav.alerts"), "alerts"));
        }
        nav.addItem(new SideNavItem(getTranslation("shell.nav.rules"), "rules"));
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.DATA_MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("shell.nav.audit"), "audit"));
            nav.addItem(new SideNavItem(getTranslation("registry.nav"), "registry"));
        }
        if (currentUser.hasRole(Role.DATA_MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("exchange.nav.import"), "registry/import"));
            nav.addItem(new SideNavItem(getTranslation("exchange.nav.export"), "registry/export"));
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("shell.nav.users"), "admin/users"));
            SideNavItem cockpit = new SideNavItem(getTranslation("shell.nav.cockpit"));
            nav.addItem(cockpit);
            cockpit.setPath("camunda/app/cockpit/default/");
            cockpit.setRouterIgnore(true);
        }
        return nav;
    }

}
