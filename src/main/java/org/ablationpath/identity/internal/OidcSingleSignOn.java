package org.ablationpath.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.ablationpath.identity.SingleSignOn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.stereotype.Component;

/** The OIDC registrations the login page offers, when {@code ablationpath.security.oidc.enabled}. */
@Component
class OidcSingleSignOn implements SingleSignOn {

    private final boolean enabled;
    private final ObjectProvider<ClientRegistrationRepository> registrations;

    OidcSingleSignOn(IdentitySecurityProperties properties, ObjectProvider<ClientRegistrationRepository> registrations) {
        this.enabled = properties.oidc().enabled();
        this.registrations = registrations;
    }

    @Override
    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (!enabled) {
            return providers;
        }
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider(client.getClientName(),
                        OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
                                + client.getRegistrationId()));
            }
        }
        return providers;
    }
}
