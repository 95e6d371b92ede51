package org.ablationpath;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.Locale;
import org.ablationpath.identity.CurrentUser;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Karibu's mocked Vaadin on the real Spring context, in English, for a user signed in with roles and a center. */
public final class MockedScreens {

    private MockedScreens() {
    }

    /** Signs in {@code username} with {@code ROLE_<role>} for each role and the center's authority. */
    public static void signIn(String username, String center, String... roles) {
        var authorities = new java.util.ArrayList<SimpleGrantedAuthority>();
        Arrays.stream(roles).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        authorities.add(new SimpleGrantedAuthority(CurrentUser.CENTER_AUTHORITY_PREFIX + center));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    }

    public static void open(ApplicationContext context) {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    public static void close() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
