package org.ablationpath.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ablationpath.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 of the REST API as RFC 9457 problem documents, like every other API error. */
class ProblemJsonSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"AblationPath\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Sign in with your AblationPath user (HTTP Basic).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean temporaryPassword = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> CurrentUser.PASSWORD_CHANGE_REQUIRED_AUTHORITY.equals(a.getAuthority()));
        write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", temporaryPassword
                ? "Your password is a temporary one: sign in on the screens and choose your own first."
                : "Your role does not allow this action.");
    }

    private static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
