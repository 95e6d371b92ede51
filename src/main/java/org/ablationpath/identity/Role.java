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

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
