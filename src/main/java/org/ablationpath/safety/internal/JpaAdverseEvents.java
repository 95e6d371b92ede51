package org.ablationpath.safety.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Roles;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.procedure.ProcedureSession;
import org.ablationpath.procedure.ProcedureSessions;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseAccess;
import org.ablationpath.safety.AdverseEvent;
import org.ablationpath.safety.AdverseEventReport;
import org.ablationpath.safety.AdverseEventReported;
import org.ablationpath.safety.AdverseEvents;
import org.ablationpath.safety.CtcaeTerm;
import org.ablationpath.safety.CtcaeTerms;
import org.ablationpath.safety.Intervention;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adverse events of the cases the signed-in user may see (center scoping through {@link CaseDirectory}); a report is
 * checked against the CTCAE list (grades the term defines), the onset date against today, and the attributed session
 * against the case's sessions.
 */
@Service
class JpaAdverseEvents implements AdverseEvents {

    private final AdverseEventRepository events;
    private final CaseDirectory cases;
    private final CtcaeTerms terms;
    private final ObjectProvider<ProcedureSessions> sessions;
    private final CurrentUser currentUser;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher publisher;
    private final Validator validator;
    private final Clock clock;
    private final SafetyAssessor assessor;

    JpaAdverseEvents(AdverseEventRepository events, CaseDirectory cases, CtcaeTerms terms,
                     ObjectProvider<ProcedureSessions> sessions, CurrentUser currentUser, AccessLog accessLog,
                     ApplicationEventPublisher publisher, Validator validator, Clock clock, SafetyAssessor assessor) {
        this.assessor = assessor;
        this.events = events;
        this.cases = cases;
        this.terms = terms;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.accessLog = accessLog;
        this.publisher = publisher;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    @Transactional
    @Secured({"ROLE_" + Roles.NURSE, "ROLE_" + Roles.INTERVENTIONAL_RADIOLOGIST, "ROLE_" + Roles.REFERRING_PHYSICIAN})
    public AdverseEvent report(UUID caseId, AdverseEventReport report) {
        CaseAccess kase = cases.visibleCaseAccess(caseId).orElseThrow(() -> new NotFoundException("No such case"));
        if (kase.voided()) {
            throw new ConflictException("This case was voided; adverse events cannot be reported on it.");
        }
        if (report == null) {
            throw InvalidInputException.badRequest(List.of(new FieldProblem("$", "The adverse event is missing.")));
        }
        List<FieldProblem> problems = new ArrayList<>(validator.validate(report).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
        LocalDate today = LocalDate.now(clock);
        if (report.onsetDate() != null && report.onsetDate().isAfter(today)) {
            problems.add(new FieldProblem("onsetDate", "The onset date cannot be in the future (today is " + today + ")."));
        }
        Optional<CtcaeTerm> listed = terms.find(report.ctcaeTerm());
        List<Integer> grades = terms.allowedGrades(report.ctcaeTerm());
        boolean gradeInScale = problems.stream().noneMatch(p -> "gradeAtOnset".equals(p.field()));
        if (report.gradeAtOnset() != null && gradeInScale && !grades.contains(report.gradeAtOnset())) {
            problems.add(new FieldProblem("gradeAtOnset", "CTCAE " + terms.version() + " defines no grade "
                    + report.gradeAtOnset() + " for " + listed.map(CtcaeTerm::term).orElse(report.ctcaeTerm())
                    + "; defined grades: " + grades + "."));
        }
        if (report.procedureSessionId() != null && !isSessionOfCase(caseId, report.procedureSessionId())) {
            problems.add(new FieldProblem("procedureSessionId", "No procedure session of this case has this id."));
        }
        checkDetails(report, today, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        AdverseEventEntity event = new AdverseEventEntity(caseId, kase.centerId(), report.procedureSessionId(),
                report.onsetDate(), terms.version(), listed.map(CtcaeTerm::code).orElse(null),
                listed.map(CtcaeTerm::term).orElse(report.ctcaeTerm().strip()), report.gradeAtOnset(),
                blankToNull(report.description()), currentUser.username(), clock.instant());
        event.recordFacts(report.solvedWithinProcedure(), report.procedureSucceeded(), report.additionalTherapy(),
                report.additionalHospitalDays(), report.unplannedStayHours(), report.sequelae(), report.sir2017Severity());
        event.recordDetails(report.attribution(), report.interventions(), report.hospitalized(), report.admissionDate(),
                report.dischargeDate(), report.outcome());
        AdverseEventEntity saved = events.save(event);
        publisher.publishEvent(new AdverseEventReported(caseId, kase.centerId(), saved.id()));
        assessor.assess(saved);
        return saved.toRecord();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdverseEvent> ofCase(UUID caseId) {
        visible(caseId, "VIEW_ADVERSE_EVENTS");
        return events.findByCaseIdOrderByOnsetDateDescReportedAtDesc(caseId).stream().map(AdverseEventEntity::toRecord).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AdverseEvent> find(UUID caseId, UUID adverseEventId) {
        visible(caseId, "VIEW_ADVERSE_EVENT");
        return events.findById(adverseEventId).filter(e -> e.caseId().equals(caseId)).map(AdverseEventEntity::toRecord);
    }

    private void visible(UUID caseId, String action) {
        CaseAccess kase = cases.visibleCaseAccess(caseId).orElseThrow(() -> new NotFoundException("No such case"));
        accessLog.patientRecordRead(kase.patientId(), caseId, kase.centerId(), action);
    }

    /** outcomes.md 4.13: admission and discharge only for a hospital stay, NONE alone. */
    private static void checkDetails(AdverseEventReport report, LocalDate today, List<FieldProblem> problems) {
        boolean hospitalized = Boolean.TRUE.equals(report.hospitalized());
        if (hospitalized && report.admissionDate() == null) {
            problems.add(new FieldProblem("admissionDate", "Required when the patient was hospitalised."));
        }
        if (!hospitalized && report.admissionDate() != null) {
            problems.add(new FieldProblem("admissionDate", "Only when the patient was hospitalised (hospitalized = true)."));
        }
        if (!hospitalized && report.dischargeDate() != null) {
            problems.add(new FieldProblem("dischargeDate", "Only when the patient was hospitalised (hospitalized = true)."));
        }
        if (report.admissionDate() != null && report.admissionDate().isAfter(today)) {
            problems.add(new FieldProblem("admissionDate", "Cannot be in the future (today is " + today + ")."));
        }
        if (report.dischargeDate() != null && report.dischargeDate().isAfter(today)) {
            problems.add(new FieldProblem("dischargeDate", "Cannot be in the future (today is " + today + ")."));
        }
        if (report.admissionDate() != null && report.dischargeDate() != null
                && report.dischargeDate().isBefore(report.admissionDate())) {
            problems.add(new FieldProblem("dischargeDate", "Before the admission date."));
        }
        if (report.interventions() != null && report.interventions().contains(Intervention.NONE)
                && report.interventions().stream().distinct().count() > 1) {
            problems.add(new FieldProblem("interventions", "NONE cannot be combined with other interventions."));
        }
    }

    /** Without the procedure module's sessions (not deployed) no session id can be confirmed, so none is accepted. */
    private boolean isSessionOfCase(UUID caseId, UUID sessionId) {
        ProcedureSessions known = sessions.getIfAvailable();
        return known != null && known.sessions(caseId).stream().map(ProcedureSession::id).anyMatch(sessionId::equals);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
