-- Alerts of the safety rules (safety.md 6): one row per alert, idempotent per (case, cause, rule) within a priority
-- class (6.2), acknowledged with a short note, escalated one level at a time when unacknowledged (6.1, ALR-12).
-- No foreign key to the case: alerts are drafted by rules that may run before a case row is visible in this
-- transaction's snapshot of another module; the center is checked.
create table alert (
    id                       uuid          primary key,
    case_id                  uuid          not null,
    center_id                varchar(20)   not null references center (id),
    rule_id                  varchar(20)   not null,
    priority                 varchar(15)   not null
        check (priority in ('P1_IMMEDIATE', 'P2_URGENT', 'P3_ROUTINE', 'LOG', 'QI_LOG')),
    cause_key                varchar(200)  not null,
    trigger_text             varchar(2000),
    message                  varchar(4000),
    -- comma-separated role names of the application (safety.md's routing mapped onto them)
    recipient_roles          varchar(400)  not null,
    current_recipient_roles  varchar(400)  not null,
    raised_at                timestamptz   not null,
    -- acknowledge by (safety.md 6.1); null for LOG and QI_LOG
    due_at                   timestamptz,
    -- when it escalates one level if still unacknowledged; null when acknowledged or no further level
    escalates_at             timestamptz,
    occurrence_count         integer       not null default 1 check (occurrence_count >= 1),
    last_occurred_at         timestamptz   not null,
    escalation_level         integer       not null default 0 check (escalation_level >= 0),
    escalated_at             timestamptz,
    acknowledged_by          varchar(60),
    acknowledged_at          timestamptz,
    acknowledgement_note     varchar(500),
    rules_version            varchar(100),
    created_at               timestamptz   not null,
    created_by               varchar(60)   not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(60)   not null,
    version                  bigint        not null default 0,
    constraint alert_acknowledgement_complete
        check (acknowledged_at is null or (acknowledged_by is not null and acknowledgement_note is not null))
);
-- one alert per cause, rule and priority class: a recurrence counts, a higher class is a new alert
create unique index alert_cause on alert (case_id, rule_id, cause_key, priority);
create index alert_center_open on alert (center_id, acknowledged_at, priority);
create index alert_case on alert (case_id, raised_at desc);

create table alert_aud (
    id                       uuid          not null,
    rev                      bigint        not null references audit_revision (id),
    revtype                  smallint,
    case_id                  uuid,
    center_id                varchar(20),
    rule_id                  varchar(20),
    priority                 varchar(15),
    cause_key                varchar(200),
    trigger_text             varchar(2000),
    message                  varchar(4000),
    recipient_roles          varchar(400),
    current_recipient_roles  varchar(400),
    raised_at                timestamptz,
    due_at                   timestamptz,
    escalates_at             timestamptz,
    occurrence_count         integer,
    last_occurred_at         timestamptz,
    escalation_level         integer,
    escalated_at             timestamptz,
    acknowledged_by          varchar(60),
    acknowledged_at          timestamptz,
    acknowledgement_note     varchar(500),
    rules_version            varchar(100),
    created_at               timestamptz,
    created_by               varchar(60),
    updated_at               timestamptz,
    updated_by               varchar(60),
    primary key (id, rev)
);
create trigger alert_aud_append_only before update or delete on alert_aud
    for each row execute function forbid_audit_change();
create trigger alert_aud_no_truncate before truncate on alert_aud
    for each statement execute function forbid_audit_change();
