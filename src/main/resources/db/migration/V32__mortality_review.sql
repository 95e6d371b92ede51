-- TMR-11 / safety.md ALR-01: the morbidity and mortality (M&M) review of a death within 30 days of a session or a
-- grade 5 adverse event, with its finding on whether the death was procedure-related (outcomes.md OUT-12).
create table mortality_review (
    id                  uuid          primary key,
    case_id             uuid          not null,
    center_id           varchar(20)   not null references center (id),
    -- the ALR-01 alert the review answers
    alert_id            uuid          not null references alert (id),
    task_id             varchar(64)   not null unique,
    review_date         date          not null,
    procedure_related   boolean       not null,
    summary             varchar(4000) not null,
    actions             varchar(2000),
    created_at          timestamptz   not null,
    created_by          varchar(60)   not null,
    version             bigint        not null default 0
);
create index mortality_review_case on mortality_review (case_id, review_date desc);
create index mortality_review_alert on mortality_review (alert_id);

create table mortality_review_aud (
    id                  uuid          not null,
    rev                 bigint        not null references audit_revision (id),
    revtype             smallint,
    case_id             uuid,
    center_id           varchar(20),
    alert_id            uuid,
    task_id             varchar(64),
    review_date         date,
    procedure_related   boolean,
    summary             varchar(4000),
    actions             varchar(2000),
    created_at          timestamptz,
    created_by          varchar(60),
    primary key (id, rev)
);
create trigger mortality_review_aud_append_only before update or delete on mortality_review_aud
    for each row execute function forbid_audit_change();
create trigger mortality_review_aud_no_truncate before truncate on mortality_review_aud
    for each statement execute function forbid_audit_change();
