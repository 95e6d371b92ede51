-- Issue 9, reliability. Who retried which failed job of a case (the incident itself lives in Camunda's tables):
-- a change to the patient's pathway made by a person, so it is audited like other clinical rows.
create table pathway_incident_retry (
    id           uuid          primary key,
    case_id      uuid          not null references clinical_case (id),
    center_id    varchar(20)   not null references center (id),
    incident_id  varchar(64)   not null,
    job_id       varchar(64)   not null,
    activity_id  varchar(255)  not null,
    created_at   timestamptz   not null,
    created_by   varchar(60)   not null,
    version      bigint        not null default 0
);
create index pathway_incident_retry_case on pathway_incident_retry (case_id, created_at);

create table pathway_incident_retry_aud (
    id           uuid          not null,
    rev          bigint        not null references audit_revision (id),
    revtype      smallint,
    case_id      uuid,
    center_id    varchar(20),
    incident_id  varchar(64),
    job_id       varchar(64),
    activity_id  varchar(255),
    created_at   timestamptz,
    created_by   varchar(60),
    primary key (id, rev)
);
create trigger pathway_incident_retry_aud_append_only before update or delete on pathway_incident_retry_aud
    for each row execute function forbid_audit_change();
create trigger pathway_incident_retry_aud_no_truncate before truncate on pathway_incident_retry_aud
    for each statement execute function forbid_audit_change();

-- A timer job may run twice (at-least-once delivery of the job executor: a lock that expired under a slow node).
-- A deviation is about one subject (the visit that was missed, or the due date of the timer that fired), so the
-- same breach can be stored once only. Rows written before this key get their own id as subject.
alter table pathway_deviation add column subject varchar(80);
update pathway_deviation set subject = id::text where subject is null;
alter table pathway_deviation alter column subject set not null;
create unique index pathway_deviation_once on pathway_deviation (case_id, code, subject);
alter table pathway_deviation_aud add column subject varchar(80);
