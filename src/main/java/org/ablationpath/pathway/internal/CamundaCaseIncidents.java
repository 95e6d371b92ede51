package org.ablationpath.pathway.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ablationpath.identity.AccessLog;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.pathway.CaseIncident;
import org.ablationpath.pathway.CaseIncidents;
import org.ablationpath.platform.web.ConflictException;
import org.ablationpath.platform.web.NotFoundException;
import org.ablationpath.referral.CaseDirectory;
import org.ablationpath.referral.CaseAccess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's processes are the pathway and the processes it calls (business key = case id) and the escalations of
 * its alerts (business key = alert id, {@code caseId} variable). Incidents are read from the
 * history, so resolved ones stay visible; retrying sets the failed job's retries back through the engine.
 */
@Service
class CamundaCaseIncidents implements CaseIncidents {

    private static final Comparator<CaseIncident> OPEN_FIRST_THEN_NEWEST = Comparator
            .comparing((CaseIncident i) -> !i.open())
            .thenComparing(CaseIncident::occurredAt, Comparator.reverseOrder());

    private final CaseDirectory cases;
    private final AccessLog accessLog;
    private final CurrentUser currentUser;
    private final HistoryService history;
    private final ManagementService management;
    private final RepositoryService repository;
    private final IncidentRetryRepository retries;

    CamundaCaseIncidents(CaseDirectory cases, AccessLog accessLog, CurrentUser currentUser, HistoryService history,
                         ManagementService management, RepositoryService repository, IncidentRetryRepository retries) {
        this.cases = cases;
        this.accessLog = accessLog;
        this.currentUser = currentUser;
        this.history = history;
        this.management = management;
        this.repository = repository;
        this.retries = retries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseIncident> of(UUID caseId) {
        CaseAccess visible = visible(caseId);
        accessLog.patientRecordRead(visible.patientId(), caseId, visible.centerId(), "VIEW_INCIDENTS");
        return failedJobIncidentsOf(caseId).stream()
                .filter(CamundaCaseIncidents::isRootCause)
                .map(this::toIncident)
                .sorted(OPEN_FIRST_THEN_NEWEST)
                .toList();
    }

    @Override
    @Transactional
    public CaseIncident retry(UUID caseId, String incidentId) {
        CaseAccess visible = visible(caseId);
        HistoricIncident incident = history.createHistoricIncidentQuery().incidentId(incidentId)
                .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).singleResult();
        if (incident == null || !isRootCause(incident)
                || failedJobIncidentsOf(caseId).stream().noneMatch(own -> own.getId().equals(incident.getId()))) {
            throw new NotFoundException("No such incident");
        }
        String jobId = incident.getConfiguration();
        if (!incident.isOpen() || management.createJobQuery().jobId(jobId).count() == 0) {
            throw new ConflictException("This incident is already resolved.");
        }
        // one more try, due now: the engine resolves the incident; the job executor runs the job at once
        management.setJobRetries(1).jobId(jobId).dueDate(ClockUtil.getCurrentTime()).execute();
        retries.save(new IncidentRetryEntity(caseId, visible.centerId(), incidentId, jobId, activityOf(incident)));
        return toIncident(history.createHistoricIncidentQuery().incidentId(incidentId).singleResult());
    }

    @Override
    public boolean mayRetry() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.NURSE);
    }

    private CaseAccess visible(UUID caseId) {
        return cases.visibleCaseAccess(caseId).orElseThrow(() -> new NotFoundException("No such case"));
    }

    /**
     * The pathway's instances are found by business key (indexed); only those with a failed-job incident are asked
     * for theirs (a case has one instance per visit and procedure, rarely an incident). Escalations carry the alert's
     * id as business key, so theirs are the escalation incidents (rare) whose caseId variable is this case. Matching
     * the caseId variable of every process instead read every case's variable row: 230 ms of PostgreSQL per case page
     * on 38,000 instances.
     */
    private List<HistoricIncident> failedJobIncidentsOf(UUID caseId) {
        List<HistoricIncident> incidents = new ArrayList<>();
        // the query joins the incidents: an instance with two comes twice
        List<String> withIncidents = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseId.toString()).incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list()
                .stream().map(HistoricProcessInstance::getId).distinct().toList();
        for (String instanceId : withIncidents) {
            incidents.addAll(history.createHistoricIncidentQuery().processInstanceId(instanceId)
                    .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list());
        }
        incidents.addAll(escalationIncidentsOf(caseId));
        return incidents;
    }

    private List<HistoricIncident> escalationIncidentsOf(UUID caseId) {
        List<HistoricIncident> escalations = history.createHistoricIncidentQuery()
                .processDefinitionKey(AlertEscalations.PROCESS_KEY).incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list();
        if (escalations.isEmpty()) {
            return escalations;
        }
        String[] instanceIds = escalations.stream().map(HistoricIncident::getProcessInstanceId).distinct()
                .toArray(String[]::new);
        Set<String> ofThisCase = history.createHistoricVariableInstanceQuery().processInstanceIdIn(instanceIds)
                .variableName(ProcessVariables.CASE_ID).list().stream()
                .filter(variable -> caseId.toString().equals(variable.getValue()))
                .map(HistoricVariableInstance::getProcessInstanceId).collect(Collectors.toSet());
        return escalations.stream().filter(incident -> ofThisCase.contains(incident.getProcessInstanceId())).toList();
    }

    private CaseIncident toIncident(HistoricIncident incident) {
        CaseIncident.State state = incident.isOpen() ? CaseIncident.State.OPEN
                : incident.isResolved() ? CaseIncident.State.RESOLVED : CaseIncident.State.DELETED;
        String activityId = activityOf(incident);
        return new CaseIncident(incident.getId(), processName(incident), activityId,
                elementName(incident.getProcessDefinitionId(), activityId), incident.getIncidentMessage(),
                incident.getCreateTime().toInstant(), state,
                incident.getEndTime() == null ? null : incident.getEndTime().toInstant());
    }

    /** The failed job itself; a calling process shows the same failure again as an incident caused by it. */
    private static boolean isRootCause(HistoricIncident incident) {
        return incident.getRootCauseIncidentId() == null || incident.getRootCauseIncidentId().equals(incident.getId());
    }

    /** The step that failed: for a timer, the task after it rather than the timer event. */
    private static String activityOf(HistoricIncident incident) {
        return incident.getFailedActivityId() != null ? incident.getFailedActivityId() : incident.getActivityId();
    }

    private String processName(HistoricIncident incident) {
        String name = repository.getProcessDefinition(incident.getProcessDefinitionId()).getName();
        return name == null ? incident.getProcessDefinitionKey() : name;
    }

    private String elementName(String processDefinitionId, String activityId) {
        if (activityId == null) {
            return null;
        }
        ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : activityId;
    }
}
