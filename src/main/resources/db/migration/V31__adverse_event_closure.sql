-- TMR-10 (pathway.md STG-08): the 30-day adverse-event closure of each ablation session. The nurse confirms that the
-- adverse events with onset from the session date to day 30 are recorded and graded; one closure per session.
create table adverse_event_closure (
    id                    uuid          primary key,
    case_id               uuid          not null references clinical_case (id),
    center_id             varchar(20)   not null references center (id),
    procedure_session_id  uuid          not null unique references procedure_session (id),
    session_date          date          not null,
    window_end            date          not null check (window_end >= session_date),
    adverse_event_count   integer       not null check (adverse_event_count >= 0),
    note                  varchar(2000),
    task_id               varchar(64)   not null,
    closed_by             varchar(60)   not null,
    closed_at             timestamptz   not null,
    version               bigint        not null default 0
);
create index adverse_event_closure_case on adverse_event_closure (case_id, session_date);

create table adverse_event_closure_aud (
    id                    uuid          not null,
    rev                   bigint        not null references audit_revision (id),
    revtype               smallint,
    case_id               uuid,
    center_id             varchar(20),
    procedure_session_id  uuid,
    session_date          date,
    window_end            date,
    adverse_event_count   integer,
    note                  varchar(2000),
    task_id               varchar(64),
    closed_by             varchar(60),
    closed_at             timestamptz,
    primary key (id, rev)
);
create trigger adverse_event_closure_aud_append_only before update or delete on adverse_event_closure_aud
    for each row execute function forbid_audit_change();
create trigger adverse_event_closure_aud_no_truncate before truncate on adverse_event_closure_aud
    for each statement execute function forbid_audit_change();
