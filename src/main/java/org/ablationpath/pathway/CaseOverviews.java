package org.ablationpath.pathway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ablationpath.eligibility.EvaluationHistory;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.platform.workflow.CaseSection;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.referral.CaseDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Composes the case page: the case, its latest recommendation, its open tasks and the modules' sections. */
@Service
public class CaseOverviews {

    private final CaseDirectory cases;
    private final EvaluationHistory evaluations;
    private final CaseTasks tasks;
    private final List<CaseSection> sections;
    private final AccessLog accessLog;
    private final org.ablationpath.pathway.internal.PathwayProgressReader progress;

    CaseOverviews(CaseDirectory cases, EvaluationHistory evaluations, CaseTasks tasks, List<CaseSection> sections,
                  AccessLog accessLog, org.ablationpath.pathway.internal.PathwayProgressReader progress) {
        this.accessLog = accessLog;
        this.progress = progress;
        this.cases = cases;
        this.evaluations = evaluations;
        this.tasks = tasks;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(CaseSection::order)).toList();
    }

    /** Empty when the case does not exist or belongs to another center. */
    @Transactional(readOnly = true)
    public Optional<CaseOverview> overview(UUID caseId) {
        return overview(caseId, true);
    }

    /**
     * The case page's header: the overview without the sections' data, which the page's sections load themselves
     * when they render (loading it here too would read every section twice per page view).
     */
    @Transactional(readOnly = true)
    public Optional<CaseOverview> header(UUID caseId) {
        return overview(caseId, false);
    }

    private Optional<CaseOverview> overview(UUID caseId, boolean withSections) {
        return cases.visibleCase(caseId).map(summary -> {
            accessLog.patientRecordRead(summary.patientId(), caseId, summary.centerId(), "VIEW_CASE");
            Map<String, Object> data = new LinkedHashMap<>();
            if (withSections) {
                sections.forEach(section -> section.data(caseId).ifPresent(value -> data.put(section.key(), value)));
            }
            return new CaseOverview(summary.id(), summary.patientPseudonym(), summary.centerId(), summary.stage().name(),
                    summary.stage().code(), summary.referralDate(), summary.urgency(), summary.question(), summary.organs(),
                    summary.voidReason(), evaluations.latest(caseId).map(CaseOverview.Recommendation::of).orElse(null),
                    tasks.openTasksOfCase(caseId), data);
        });
    }

    /** The latest stored evaluation of a visible case, for the recommendation panel. */
    @Transactional(readOnly = true)
    public Optional<org.ablationpath.eligibility.StoredEvaluation> latestEvaluation(UUID caseId) {
        return cases.visibleCaseAccess(caseId).flatMap(c -> evaluations.latest(caseId));
    }

    /** Recent cases of the user's centers. */
    @Transactional(readOnly = true)
    public List<org.ablationpath.referral.CaseSummary> recentCases(int limit) {
        return cases.recentCases(limit);
    }

    /** The case's process: diagram, current steps and timeline. */
    @Transactional(readOnly = true)
    public Optional<PathwayProgress> progress(UUID caseId) {
        return cases.visibleCaseAccess(caseId).flatMap(c -> progress.of(caseId));
    }

    /**
     * The BPMN XML of a process definition the case page draws (not patient data: the same for every case), so the
     * browser fetches it once and keeps it.
     */
    public Optional<String> diagramXml(String processDefinitionId) {
        return progress.bpmnXml(processDefinitionId);
    }

    public List<CaseSection> sections() {
        return sections;
    }
}
