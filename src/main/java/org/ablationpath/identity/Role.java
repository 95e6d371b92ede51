package org.ablationpath.identity;

/** Application roles; the names double as Camunda candidate groups (ARCHITECTURE.md, Roles). */
public enum Role {
    REFERRING_PHYSICIAN,
    INTERVENTIONAL_RADIOLOGIST,
    TUMOR_BOARD,
    BOARD_CHAIR,
    NURSE,
    DATA_MANAGER,
    ADMIN;

    /** What Spring Security puts before a role's name in its authority. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    /** Spring Security authority name. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }
}
