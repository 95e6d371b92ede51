package org.ablationpath.identity.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.UserAccount;

@Entity
@Table(name = "app_user")
class AppUserEntity {
    @Id
    private UUID id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    private boolean enabled;
    private String locale;
    @Column(name = "password_change_required")
    private boolean passwordChangeRequired;
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_center", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "center_id")
    private Set<String> centerIds = new HashSet<>();

    protected AppUserEntity() {
    }

    AppUserEntity(String username, String passwordHash, String displayName, Set<Role> roles, Set<String> centerIds) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.enabled = true;
        this.createdAt = Instant.now();
        this.roles = new HashSet<>(roles);
        this.centerIds = new HashSet<>(centerIds);
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    String displayName() {
        return displayName;
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** A new password hash; {@code temporary} when an administrator set it and the user must choose their own. */
    void changePassword(String passwordHash, boolean temporary, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = temporary;
        this.passwordChangedAt = now;
    }

    /** Rehash of the same password with the current algorithm (on sign-in); not a password change. */
    void upgradeHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void assignRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void assignCenters(Set<String> centerIds) {
        this.centerIds.clear();
        this.centerIds.addAll(centerIds);
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return roles;
    }

    Set<String> centerIds() {
        return centerIds;
    }

    void changeLocale(String locale) {
        this.locale = locale;
    }

    UserAccount toAccount() {
        return new UserAccount(username, displayName, enabled, Set.copyOf(roles), Set.copyOf(centerIds), locale);
    }
}
