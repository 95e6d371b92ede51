package org.ablationpath.imaging.internal;

import org.ablationpath.imaging.ResponseAssessed;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ablationpath.imaging.ImagingModality;
import org.ablationpath.imaging.LiradsTreatmentResponse;
import org.ablationpath.imaging.ResponseAssessmentForm;
import org.ablationpath.imaging.ResponseAssessments;
import org.ablationpath.imaging.ResponseFinding;
import org.ablationpath.imaging.ResponseRouting;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.ablationpath.platform.workflow.RoutingVariables;
import org.ablationpath.platform.workflow.TaskContext;
import org.ablationpath.platform.workflow.TaskFormHandler;
import org.ablationpath.procedure.ProcedureSession;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * "Response assessment" (pathway.md STG-09): checks the study against the case (every treated tumour assessed once,
 * LR-TR for HCC, no PET-CT for HCC), stores the study with one assessment per tumour, and routes the pathway by its finding.
 */
@Component
class ResponseAssessmentHandler implements TaskFormHandler<ResponseAssessmentForm> {

    static final String FORM_KEY = "response-assessment";
    /** The unique constraint on imaging_study.task_id (V7__imaging.sql). */
    private static final String UNIQUE_TASK_CONSTRAINT = "imaging_study_task_id_key";

    /** The findings that may send the case back to the board (pathway.md STG-09 gateway). */
    private static final Set<ResponseFinding> DETECTIONS =
            EnumSet.of(ResponseFinding.NEW_DISEASE, ResponseFinding.RESIDUAL, ResponseFinding.MARGIN_BELOW_TARGET);

    private final ImagingStudyRepository studies;
    private final TumorAssessmentRepository assessments;
    private final TumorsToAssess tumorsToAssess;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    ResponseAssessmentHandler(ImagingStudyRepository studies, TumorAssessmentRepository assessments,
                              TumorsToAssess tumorsToAssess, Clock clock, ApplicationEventPublisher events) {
        this.studies = studies;
        this.assessments = assessments;
        this.tumorsToAssess = tumorsToAssess;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public String formKey() {
        return FORM_KEY;
    }

    @Override
    public Class<ResponseAssessmentForm> formType() {
        return ResponseAssessmentForm.class;
    }

    @Override
    public Map<String, Object> submit(TaskContext task, ResponseAssessmentForm form) {
        if (studies.existsByTaskId(task.taskId())) {
            throw new ConflictException("A response assessment was already recorded for this task.");
        }
        TumorsToAssess.Scope scope = tumorsToAssess.of(task.caseId());
        List<FieldProblem> problems = problems(form, scope);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }

        List<ResponseAssessmentForm.TumorAssessment> assessed = form.getAssessments();
        ResponseFinding finding = ResponseRouting.finding(form.getNewIntraOrganTumour(), form.getExtraOrganDisease(),
                assessed.stream().map(a -> new ResponseRouting.AssessedTumor(a.getResponse(), a.getMinimalMarginMm(),
                        scope.ofCase().get(a.getTumorId()).marginTargetMm())).toList());
        ImagingStudyEntity study = new ImagingStudyEntity(task.caseId(), task.centerId(), task.taskId(),
                scope.latestSession().map(ProcedureSession::id).orElse(null),
                scope.latestSession().map(ProcedureSession::number).orElse(null),
                form.getStudyDate(), form.getModality(), form.getContrast(), form.getNewIntraOrganTumour(),
                form.getExtraOrganDisease(), finding, blankToNull(form.getNote()));
        try {
            studies.saveAndFlush(study);
        } catch (DataIntegrityViolationException violation) {
            // two submissions of the same task at the same moment: the unique task id lets only the first through
            if (violation.getCause() instanceof ConstraintViolationException constraint
                    && UNIQUE_TASK_CONSTRAINT.equalsIgnoreCase(constraint.getConstraintName())) {
                throw new ConflictException("Someone else recorded this response assessment at the same moment. Your input was not saved.");
            }
            throw violation;
        }
        assessments.saveAll(assessed.stream().map(a -> {
            TumorsToAssess.Tumor tumor = scope.ofCase().get(a.getTumorId());
            return new TumorAssessmentEntity(study.id(), task.caseId(), a.getTumorId(), tumor.histology(), a.getResponse(),
                    a.getLiradsTr(), a.getMrecist(), a.getMinimalMarginMm(), tumor.marginTargetMm(), a.getAblationZoneMaxMm());
        }).toList());
        events.publishEvent(new ResponseAssessed(task.caseId(), task.centerId()));
        if (!DETECTIONS.contains(finding)) {
            return Map.of(ResponseAssessments.ROUTING_VARIABLE, finding.name());
        }
        // TMR-05 / ALR-13: a rediscussion is due N days after this study's date, not after the day of this form
        return Map.of(ResponseAssessments.ROUTING_VARIABLE, finding.name(), RoutingVariables.DETECTION_DATE,
                Date.from(form.getStudyDate().atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }

    /** Every problem of the form against the case at once, by field path. */
    private List<FieldProblem> problems(ResponseAssessmentForm form, TumorsToAssess.Scope scope) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (form.getStudyDate().isAfter(today)) {
            problems.add(new FieldProblem("studyDate", "The study date is after today (" + today + ")."));
        }
        scope.latestSession().filter(s -> s.date() != null && form.getStudyDate().isBefore(s.date())).ifPresent(s ->
                problems.add(new FieldProblem("studyDate", "The study date is before session " + s.number() + " of "
                        + s.date() + ", whose response it assesses.")));

        Set<String> assessed = new HashSet<>();
        List<ResponseAssessmentForm.TumorAssessment> given = form.getAssessments();
        for (int i = 0; i < given.size(); i++) {
            ResponseAssessmentForm.TumorAssessment a = given.get(i);
            String path = "assessments[" + i + "].";
            TumorsToAssess.Tumor tumor = scope.ofCase().get(a.getTumorId());
            if (tumor == null) {
                problems.add(new FieldProblem(path + "tumorId", "\"" + a.getTumorId() + "\" is not a tumour of this case ("
                        + String.join(", ", scope.ofCase().keySet()) + ")."));
                continue;
            }
            if (!assessed.add(a.getTumorId())) {
                problems.add(new FieldProblem(path + "tumorId", "Tumour " + a.getTumorId() + " is assessed more than once."));
            }
            if (tumor.hcc()) {
                LiradsTreatmentResponse expected = LiradsTreatmentResponse.matching(a.getResponse());
                if (a.getLiradsTr() == null) {
                    problems.add(new FieldProblem(path + "liradsTr", "Required for HCC: the LI-RADS treatment response category."));
                } else if (a.getLiradsTr() != expected) {
                    problems.add(new FieldProblem(path + "liradsTr", "LR-TR " + a.getLiradsTr() + " contradicts the response "
                            + a.getResponse() + " (which is LR-TR " + expected + ")."));
                }
            } else if (a.getLiradsTr() != null) {
                problems.add(new FieldProblem(path + "liradsTr", "LR-TR applies to HCC only; tumour " + a.getTumorId() + " is "
                        + (tumor.histology() == null ? "of unknown histology" : tumor.histology()) + "."));
            }
        }
        scope.treated().stream().filter(t -> !assessed.contains(t.tumorId())).forEach(t -> problems.add(new FieldProblem(
                "assessments", "Tumour " + t.tumorId() + " was treated and is not assessed: assess every treated tumour once.")));
        modalityProblem(form, scope, assessed).ifPresent(problems::add);
        return problems;
    }

    /** FUP-LIV-01: PET-CT is never the imaging of an HCC; contrast MRI is preferred, contrast CT acceptable. */
    private static Optional<FieldProblem> modalityProblem(ResponseAssessmentForm form, TumorsToAssess.Scope scope,
                                                          Set<String> assessed) {
        if (form.getModality() != ImagingModality.PET_CT) {
            return Optional.empty();
        }
        List<String> hcc = assessed.stream().map(scope.ofCase()::get).filter(TumorsToAssess.Tumor::hcc)
                .map(TumorsToAssess.Tumor::tumorId).toList();
        return hcc.isEmpty() ? Optional.empty() : Optional.of(new FieldProblem("modality", "PET-CT is never used for HCC"
                + " (tumour " + String.join(", ", hcc) + "): use contrast MRI (preferred) or contrast CT.", "FUP-LIV-01"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
