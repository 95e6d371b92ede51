package org.ablationpath.procedure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A case's recorded sessions (oldest first) and its newest pre-procedure checklist (null if none). */
public record ProcedureHistory(List<SessionDetail> sessions, ChecklistDetail latestChecklist) {

    @JsonIgnore
    public boolean isEmpty() {
        return sessions.isEmpty() && latestChecklist == null;
    }
}
