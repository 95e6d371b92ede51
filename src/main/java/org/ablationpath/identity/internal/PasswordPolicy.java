package org.ablationpath.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ablationpath.platform.web.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The local password policy ({@code ablationpath.security.password.*}): a minimum length (default 12), not the
 * username, and not one of the commonly used passwords in {@code common-passwords.txt} (plus any configured).
 */
@Component
class PasswordPolicy {

    static final String COMMON_PASSWORDS = "/org/ablationpath/identity/common-passwords.txt";

    private final IdentitySecurityProperties.Password settings;
    private final Set<String> forbidden;

    PasswordPolicy(IdentitySecurityProperties properties) {
        this.settings = properties.password();
        this.forbidden = Stream.concat(readCommonPasswords().stream(), settings.extraForbidden().stream())
                .map(p -> p.trim().toLowerCase(Locale.ROOT))
                .filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Problems of {@code password} for {@code username}, reported on {@code field}; empty when acceptable. */
    List<FieldProblem> check(String field, String username, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(new FieldProblem(field, "A password is required.", "PASSWORD-REQUIRED"));
            return problems;
        }
        if (password.length() < settings.minLength()) {
            problems.add(new FieldProblem(field, "At least " + settings.minLength() + " characters.", "PASSWORD-LENGTH"));
        }
        if (password.length() > settings.maxLength()) {
            problems.add(new FieldProblem(field, "At most " + settings.maxLength() + " characters.", "PASSWORD-LENGTH"));
        }
        if (username != null && password.equalsIgnoreCase(username.trim())) {
            problems.add(new FieldProblem(field, "The password must not be the username.", "PASSWORD-USERNAME"));
        }
        if (forbidden.contains(password.trim().toLowerCase(Locale.ROOT))) {
            problems.add(new FieldProblem(field, "This password is too common; choose another.", "PASSWORD-COMMON"));
        }
        return problems;
    }

    int minLength() {
        return settings.minLength();
    }

    private static List<String> readCommonPasswords() {
        InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
        if (in == null) {
            throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
