package org.ablationpath.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated user of the screens, speaking Vaadin's own protocol over HTTP the way the browser does: the login
 * form post (with Spring Security's CSRF token from the login page), one UI per session (the {@code v-r=init}
 * request), then router navigations on that UI ({@code ui-navigate} events in UIDL requests, with the UI's security
 * key, the server's sync id and the expected client id). The server renders each screen completely in the
 * navigation's response (the view, its grids' first page of data), so the time of that request is the screen's
 * server work plus the loopback; no browser is needed, which lets one machine run hundreds of users.
 */
final class ScreenUser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    private static final Pattern COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http;
    private final String base;
    private final String username;
    private String session;
    private String securityKey;
    private int uiId;
    private int syncId;
    private int clientId;
    private String lastResponse = "";

    ScreenUser(HttpClient http, String base, String username) {
        this.http = http;
        this.base = base;
        this.username = username;
    }

    String username() {
        return username;
    }

    /** Signs in through the login form and opens the UI on the given route. */
    void signIn(String password, String firstRoute) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = send(get("/login"));
        rememberSession(loginPage);
        String csrf = find(CSRF, loginPage.body(), "CSRF token of the login page");
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        HttpResponse<String> login = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        rememberSession(login);
        String target = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || target.contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + login.statusCode() + " " + target);
        }
        HttpResponse<String> init = send(get("/?v-r=init&location=" + encode(firstRoute) + "&query="));
        if (init.statusCode() != 200) {
            throw new IllegalStateException(username + ": UI init answered " + init.statusCode());
        }
        securityKey = find(SECURITY_KEY, init.body(), "security key");
        uiId = Integer.parseInt(find(UI_ID, init.body(), "UI id"));
        syncId = Integer.parseInt(find(SYNC_ID, init.body(), "sync id"));
        clientId = Integer.parseInt(find(CLIENT_ID, init.body(), "client id"));
    }

    /**
     * Navigates the UI to a route and returns the response size; throws when the server answers anything but a
     * rendered screen (error, expired session, redirect to the login page).
     */
    int navigate(String route) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> response = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String text = response.body();
        if (response.statusCode() != 200 || !text.startsWith("for(;;);")) {
            throw new IllegalStateException(route + " answered " + response.statusCode() + ": " + abbreviate(text));
        }
        if (text.contains("\"appError\"") || text.contains("\"sessionExpired\"") || text.contains("Internal error")) {
            throw new IllegalStateException(route + " answered an error: " + abbreviate(text));
        }
        syncId = Integer.parseInt(find(SYNC_ID, text, "sync id"));
        clientId = Integer.parseInt(find(CLIENT_ID, text, "client id"));
        lastResponse = text;
        return text.length();
    }

    /** The UIDL the last navigation answered (what the screen sent to the browser). */
    String lastResponse() {
        return lastResponse;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (session != null) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void rememberSession(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        for (String cookie : cookies) {
            Matcher m = COOKIE.matcher(cookie);
            if (m.find()) {
                session = m.group(1);
            }
        }
    }

    private String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(username + ": no " + what + " in " + abbreviate(text));
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
