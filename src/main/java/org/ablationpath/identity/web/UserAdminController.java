package org.ablationpath.identity.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ablationpath.identity.ManagedUser;
import org.ablationpath.identity.NewUser;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.Roles;
import org.ablationpath.identity.UserAdministration;
import org.ablationpath.identity.UserChanges;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.StrictJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/users}: user administration for hospital IT, ADMIN only. Changes name the {@code version} they
 * were made against (409 when someone else changed the user meanwhile); invalid input is a 400 naming each field.
 */
@RestController
@RequestMapping(path = "/api/admin/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Secured("ROLE_" + Roles.ADMIN)
class UserAdminController {

    private static final int MAX_LIMIT = 500;

    private final UserAdministration admin;
    private final ObjectMapper json;

    UserAdminController(UserAdministration admin, ObjectMapper json) {
        this.admin = admin;
        this.json = json;
    }

    @GetMapping
    UserPage list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem(offset < 0 ? "offset" : "limit",
                    "offset >= 0 and 1 <= limit <= " + MAX_LIMIT + ".")));
        }
        return new UserPage(admin.count(), offset, admin.list(offset, limit).stream().map(UserResource::of).toList());
    }

    @GetMapping("/{username}")
    UserResource get(@PathVariable String username) {
        return UserResource.of(admin.get(username));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserResource> create(@RequestBody JsonNode body) {
        CreateRequest request = StrictJson.read(json, object(body), CreateRequest.class, "");
        ManagedUser created = admin.create(new NewUser(request.username(), request.displayName(), request.password(),
                request.roles() == null ? Set.of() : request.roles(), request.centerIds() == null ? Set.of() : request.centerIds()));
        return ResponseEntity.created(URI.create("/api/admin/users/" + created.username())).body(UserResource.of(created));
    }

    @RequestMapping(path = "/{username}", method = {RequestMethod.PATCH, RequestMethod.PUT},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    UserResource update(@PathVariable String username, @RequestBody JsonNode body) {
        UserChanges changes = StrictJson.read(json, object(body), UserChanges.class, "");
        return UserResource.of(admin.update(username, changes));
    }

    @PostMapping(path = "/{username}/password-reset", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody JsonNode body) {
        PasswordReset reset = StrictJson.read(json, object(body), PasswordReset.class, "");
        admin.resetPassword(username, reset.temporaryPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        admin.unlock(username);
        return ResponseEntity.noContent().build();
    }

    private static ObjectNode object(JsonNode body) {
        if (body instanceof ObjectNode object) {
            return object;
        }
        throw InvalidInputException.badRequest(List.of(new FieldProblem("$", "Expected a JSON object.")));
    }

    record CreateRequest(String username, String displayName, String password, Set<Role> roles, Set<String> centerIds) {
    }

    record PasswordReset(String temporaryPassword) {
    }

    record UserPage(int total, int offset, List<UserResource> users) {
    }

    /** A user over the API: never a password hash. */
    record UserResource(String username, String displayName, boolean enabled, Set<Role> roles, Set<String> centerIds,
                        boolean locked, Instant lockedUntil, int failedAttempts, boolean passwordChangeRequired,
                        long version) {
        static UserResource of(ManagedUser user) {
            return new UserResource(user.username(), user.displayName(), user.enabled(), new TreeSet<>(user.roles()),
                    new TreeSet<>(user.centerIds()), user.locked(), user.lockedUntil(), user.failedAttempts(),
                    user.passwordChangeRequired(), user.version());
        }
    }
}
