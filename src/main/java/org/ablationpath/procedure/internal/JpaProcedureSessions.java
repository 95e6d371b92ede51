package org.ablationpath.procedure.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.procedure.ChecklistDetail;
import org.ablationpath.procedure.ProcedureHistory;
import org.ablationpath.procedure.ProcedureRecords;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.procedure.SessionDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored sessions and checklists of a case. Not center-scoped: the pathway's delegates call it without a user;
 * screens and the API scope and log through the case section.
 */
@Service
@Transactional(readOnly = true)
class JpaProcedureSessions implements ProcedureSessions, ProcedureRecords {

    private final SessionRepository sessions;
    private final ApplicationRepository applications;
    private final ChecklistRepository checklists;

    JpaProcedureSessions(SessionRepository sessions, ApplicationRepository applications, ChecklistRepository checklists) {
        this.sessions = sessions;
        this.applications = applications;
        this.checklists = checklists;
    }

    @Override
    public List<ProcedureSession> sessions(UUID caseId) {
        Map<UUID, List<ApplicationEntity>> bySession = applicationsBySession(caseId);
        return sessions.findByCaseIdOrderBySessionNumber(caseId).stream()
                .map(s -> s.toSession(treatedTumors(bySession.getOrDefault(s.id(), List.of()))))
                .toList();
    }

    @Override
    public Optional<LocalDate> plannedProcedureDate(UUID caseId) {
        return checklists.findFirstByCaseIdOrderByCreatedAtDesc(caseId)
                .filter(checklist -> !sessions.existsByChecklistId(checklist.id()))
                .map(ChecklistEntity::plannedProcedureDate);
    }

    @Override
    public ProcedureHistory ofCase(UUID caseId) {
        Map<UUID, List<ApplicationEntity>> bySession = applicationsBySession(caseId);
        List<SessionDetail> details = sessions.findByCaseIdOrderBySessionNumber(caseId).stream()
                .map(s -> s.toDetail(tumorsOf(s, bySession.getOrDefault(s.id(), List.of()))))
                .toList();
        ChecklistDetail latest = checklists.findFirstByCaseIdOrderByCreatedAtDesc(caseId)
                .map(c -> c.toDetail(sessions.existsByChecklistId(c.id())))
                .orElse(null);
        return new ProcedureHistory(details, latest);
    }

    private Map<UUID, List<ApplicationEntity>> applicationsBySession(UUID caseId) {
        return applications.findByCaseIdOrderByPosition(caseId).stream()
                .collect(Collectors.groupingBy(ApplicationEntity::procedureId, LinkedHashMap::new, Collectors.toList()));
    }

    private static List<String> treatedTumors(List<ApplicationEntity> rows) {
        return rows.stream().map(ApplicationEntity::tumorId).distinct().toList();
    }

    private static List<SessionDetail.TreatedTumor> tumorsOf(SessionEntity session, List<ApplicationEntity> rows) {
        return treatedTumors(rows).stream()
                .map(tumorId -> new SessionDetail.TreatedTumor(tumorId, session.succeeded(tumorId), rows.stream()
                        .filter(row -> row.tumorId().equals(tumorId))
                        .map(ApplicationEntity::toApplication)
                        .toList()))
                .toList();
    }
}
