package org.ablationpath.pathway.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
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
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
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
    private volatile String instancesWithIncidentsSql;

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
     * The case's process instances that have a failed-job incident, in one native query (the engine's query built its
     * SQL through MyBatis/OGNL at every opening of the case page): the pathway's instances by business key (indexed),
     * and the alert escalations, whose business key is the alert's id, by their caseId variable, starting from the
     * escalation incidents (rare). Only those instances are asked for their incidents. Matching the caseId variable
     * of every process instead read every case's variable row: 230 ms of PostgreSQL per case page on 38,000 instances.
     */
    private List<HistoricIncident> failedJobIncidentsOf(UUID caseId) {
        List<String> withIncidents = history.createNativeHistoricProcessInstanceQuery().sql(instancesWithIncidentsSql())
                .parameter("caseId", caseId.toString()).parameter("failedJob", Incident.FAILED_JOB_HANDLER_TYPE)
                .parameter("escalation", AlertEscalations.PROCESS_KEY).parameter("caseIdVariable", ProcessVariables.CASE_ID)
                .list().stream().map(HistoricProcessInstance::getId).distinct().toList();
        List<HistoricIncident> incidents = new ArrayList<>();
        for (String instanceId : withIncidents) {
            incidents.addAll(history.createHistoricIncidentQuery().processInstanceId(instanceId)
                    .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list());
        }
        return incidents;
    }

    /** The engine's table names carry its configured prefix. */
    private String instancesWithIncidentsSql() {
        if (instancesWithIncidentsSql == null) {
            String instances = management.getTableName(HistoricProcessInstance.class);
            String incidents = management.getTableName(HistoricIncidentEventEntity.class);
            String variables = management.getTableName(HistoricVariableInstance.class);
            instancesWithIncidentsSql = "select P.* from " + instances + " P where P.BUSINESS_KEY_ = #{caseId}"
                    + " and exists (select 1 from " + incidents + " I where I.PROC_INST_ID_ = P.PROC_INST_ID_"
                    + " and I.INCIDENT_TYPE_ = #{failedJob})"
                    + " union all select P.* from " + instances + " P where P.PROC_INST_ID_ in (select I.PROC_INST_ID_ from "
                    + incidents + " I where I.PROC_DEF_KEY_ = #{escalation} and I.INCIDENT_TYPE_ = #{failedJob})"
                    + " and exists (select 1 from " + variables + " V where V.PROC_INST_ID_ = P.PROC_INST_ID_"
                    + " and V.NAME_ = #{caseIdVariable} and V.VAR_TYPE_ = 'string' and V.TEXT_ = #{caseId})";
        }
        return instancesWithIncidentsSql;
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
