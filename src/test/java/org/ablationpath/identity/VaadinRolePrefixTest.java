package org.ablationpath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import jakarta.servlet.ServletContext;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Vaadin's router finds the role prefix among Spring's beans: without one, every navigation fell back to scanning
 * the class path's service files for it.
 */
@AblationPathTest
class VaadinRolePrefixTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void theRoutersLookupFindsTheRolePrefixOfTheRoleAuthorities() {
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);

        VaadinRolePrefixHolder holder = lookup.lookup(VaadinRolePrefixHolder.class);

        assertThat(holder).isNotNull();
        assertThat(holder.isSet()).isTrue();
        assertThat(holder.getRolePrefix() + Role.NURSE.name()).isEqualTo(Role.NURSE.authority());
    }
}
