package org.ablationpath.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Locale;
import org.ablationpath.identity.SingleSignOn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The login page offers single sign-on only for the providers the identity module names (none by default). */
class LoginViewUiTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void noProviderNoSingleSignOnLink() {
        LoginView view = new LoginView(new MockEnvironment(), List::of);

        assertThat(LocatorJ._find(view, Anchor.class)).isEmpty();
    }

    @Test
    void aProviderGetsASignInLinkToItsAuthorizationUrl() {
        SingleSignOn keycloak = () -> List.of(new SingleSignOn.Provider("Hospital Keycloak", "/oauth2/authorization/keycloak"));

        LoginView view = new LoginView(new MockEnvironment(), keycloak);

        Anchor link = LocatorJ._get(view, Anchor.class);
        assertThat(link.getHref()).isEqualTo("/oauth2/authorization/keycloak");
        assertThat(link.getText()).isEqualTo("Sign in with Hospital Keycloak");
    }
}
