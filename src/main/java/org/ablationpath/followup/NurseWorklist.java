package org.ablationpath.followup;

import java.util.List;
import java.util.UUID;
import org.ablationpath.board.Board;

/**
 * The nurse worklist (issue 7): open follow-up work of the signed-in user's centers, most urgent first (missed,
 * overdue, then due soonest), paged in the database so it stays fast at 100,000 patients. Reads are logged.
 */
public interface NurseWorklist {

    List<WorklistRow> rows(WorklistFilter filter, int offset, int limit);

    long count(WorklistFilter filter);

    /** The tumour boards of the user's centers, which the board filter offers. */
    List<Board> boards();

    /** The organs the filter offers. */
    List<String> organs();

    /** Assigns the row to the signed-in nurse and claims its open task, if any. */
    void assignToMe(WorklistRow.Kind kind, UUID itemId);
}
