package org.ablationpath.followup.internal;

import java.util.EnumSet;
import java.util.Set;
import org.ablationpath.followup.EndReason;

/** Which end-of-follow-up reasons a user reports and which the pathway records itself (pathway.md section 8). */
public final class EndReasons {

    /** Death, withdrawal, lost, transferred, palliative only: reported by a user, ending the running pathway. */
    public static final Set<EndReason> USER_REPORTED = EnumSet.of(EndReason.DEATH, EndReason.WITHDRAWAL,
            EndReason.LOST_TO_FOLLOW_UP, EndReason.TRANSFERRED, EndReason.PALLIATIVE_ONLY);

    /** The longest details text (end_of_follow_up.details). */
    public static final int MAX_DETAILS = 2000;

    private EndReasons() {
    }
}
