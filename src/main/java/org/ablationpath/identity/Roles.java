package org.ablationpath.identity;

/** Role names as compile-time constants, for {@code @RolesAllowed} on views and endpoints. */
public final class Roles {
    public static final String REFERRING_PHYSICIAN = "REFERRING_PHYSICIAN";
    public static final String INTERVENTIONAL_RADIOLOGIST = "INTERVENTIONAL_RADIOLOGIST";
    public static final String TUMOR_BOARD = "TUMOR_BOARD";
    public static final String BOARD_CHAIR = "BOARD_CHAIR";
    public static final String NURSE = "NURSE";
    public static final String DATA_MANAGER = "DATA_MANAGER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
