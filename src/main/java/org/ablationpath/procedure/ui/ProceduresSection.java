package org.ablationpath.procedure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseSection;
import org.ablationpath.procedure.ProcedureHistory;
import org.ablationpath.procedure.ProcedureRecords;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseAccess;

/**
 * The sessions and the latest pre-procedure checklist on the case page and as {@code procedures} in
 * {@code GET /api/cases/{id}}; only for a case of the user's centers, and every read is logged.
 */
@org.springframework.stereotype.Component
class ProceduresSection implements CaseSection {

    static final String ACCESS_ACTION = "VIEW_PROCEDURES";

    private final ProcedureRecords records;
    private final CaseDirectory cases;
    private final AccessLog accessLog;

    ProceduresSection(ProcedureRecords records, CaseDirectory cases, AccessLog accessLog) {
        this.records = records;
        this.cases = cases;
        this.accessLog = accessLog;
    }

    @Override
    public String key() {
        return "procedures";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Object> data(UUID caseId) {
        return read(caseId).filter(history -> !history.isEmpty()).map(history -> history);
    }

    @Override
    public Component render(UUID caseId) {
        return read(caseId).<Component>map(ProceduresPanel::new).orElseGet(Div::new);
    }

    private Optional<ProcedureHistory> read(UUID caseId) {
        Optional<CaseAccess> kase = cases.visibleCaseAccess(caseId);
        kase.ifPresent(c -> accessLog.patientRecordRead(c.patientId(), caseId, c.centerId(), ACCESS_ACTION));
        return kase.map(c -> records.ofCase(caseId));
    }
}
