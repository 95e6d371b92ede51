-- Nurse worklist and the complete follow-up visit form (issue 7; pathway.md STG-08/10, FUP-02/04; outcomes.md 4.5,
-- 4.11, 4.12, 4.13). Every new table is audited like those of V8__follow_up.sql.

-- the worklist's state of a grid visit: who took it, when to try again after an unanswered call, and whether the
-- reason for a miss (FUP-04) was recorded; plus the symptoms asked at the visit (safety.md section 5)
alter table follow_up_visit
    add column assigned_to        varchar(60),
    add column retry_date         date,
    add column contact_attempts   int           not null default 0,
    add column miss_deviation_id  uuid,
    add column miss_explained_at  timestamptz,
    add column symptoms           varchar(1000),
    add column symptom_note       varchar(1000);
alter table follow_up_visit_aud
    add column assigned_to        varchar(60),
    add column retry_date         date,
    add column contact_attempts   int,
    add column miss_deviation_id  uuid,
    add column miss_explained_at  timestamptz,
    add column symptoms           varchar(1000),
    add column symptom_note       varchar(1000);

-- The worklist reads only open work: planned points whose window has opened or opens this week, and misses whose
-- reason is still missing. Partial indexes keep both branches to a range scan of one center at 100,000 patients.
create index follow_up_visit_worklist_open on follow_up_visit (center_id, window_start)
    where status = 'PLANNED' and point_kind <> 'PHONE_CALL';
create index follow_up_visit_worklist_missed on follow_up_visit (center_id, window_end)
    where status = 'MISSED' and miss_explained_at is null;

-- STG-08 / TMR-09: the day-7 call of each session, planned with the grid so the worklist lists it before its task
-- opens; done when the call is recorded, cancelled when a newer session or the end of follow-up replaces it
create table day_seven_call_due (
    id             uuid          primary key,
    case_id        uuid          not null,
    center_id      varchar(20)   not null references center (id),
    organ          varchar(20)   not null,
    session_date   date          not null,
    target_date    date          not null,
    window_start   date          not null,
    window_end     date          not null,
    status         varchar(10)   not null check (status in ('PLANNED', 'DONE', 'CANCELLED')),
    assigned_to    varchar(60),
    created_at     timestamptz   not null,
    created_by     varchar(60)   not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(60)   not null,
    version        bigint        not null default 0
);
create index day_seven_call_due_case on day_seven_call_due (case_id, session_date);
create index day_seven_call_due_worklist on day_seven_call_due (center_id, window_start) where status = 'PLANNED';

-- each contact attempt of a visit task (reached or not), so unanswered calls are documented (END-03 tracing)
create table follow_up_contact_attempt (
    id            uuid          primary key,
    visit_id      uuid          not null references follow_up_visit (id),
    case_id       uuid          not null,
    center_id     varchar(20)   not null references center (id),
    attempt_date  date          not null,
    outcome       varchar(12)   not null check (outcome in ('REACHED', 'NOT_REACHED')),
    retry_date    date,
    note          varchar(2000),
    task_id       varchar(64),
    created_at    timestamptz   not null,
    created_by    varchar(60)   not null,
    version       bigint        not null default 0,
    constraint follow_up_contact_attempt_retry check (outcome = 'REACHED' or retry_date is not null)
);
create index follow_up_contact_attempt_visit on follow_up_contact_attempt (visit_id, attempt_date);

-- outcomes.md 4.11 TumorAssessment as read at a follow-up visit (per lesion)
create table follow_up_lesion_result (
    id           uuid           primary key,
    visit_id     uuid           not null references follow_up_visit (id),
    case_id      uuid           not null,
    center_id    varchar(20)    not null references center (id),
    tumor_id     varchar(20)    not null,
    response     varchar(20)    not null check (response in ('COMPLETE', 'RESIDUAL_VIABLE', 'EQUIVOCAL', 'LTP', 'NOT_EVALUABLE')),
    lirads_tr    varchar(15)    check (lirads_tr in ('NONVIABLE', 'EQUIVOCAL', 'VIABLE', 'NONEVALUABLE')),
    mrecist      varchar(2)     check (mrecist in ('CR', 'PR', 'SD', 'PD')),
    margin_mm    numeric(4, 1)  check (margin_mm >= 0),
    created_at   timestamptz    not null,
    created_by   varchar(60)    not null,
    version      bigint         not null default 0,
    unique (visit_id, tumor_id)
);

-- what the nurse observed about an adverse event reported at the visit (outcomes.md 4.13); the event itself lives in
-- the safety module's adverse_event table, reviewed there by the interventional radiologist
create table follow_up_visit_adverse_event (
    id                uuid          primary key,
    visit_id          uuid          not null references follow_up_visit (id),
    case_id           uuid          not null,
    center_id         varchar(20)   not null references center (id),
    adverse_event_id  uuid          not null,
    attribution       varchar(10)   check (attribution in ('UNRELATED', 'UNLIKELY', 'POSSIBLE', 'PROBABLE', 'DEFINITE')),
    interventions     varchar(300),
    hospitalized      boolean       not null,
    admission_date    date,
    discharge_date    date,
    outcome           varchar(30)   check (outcome in ('RESOLVED', 'RESOLVED_WITH_SEQUELAE', 'ONGOING', 'FATAL')),
    created_at        timestamptz   not null,
    created_by        varchar(60)   not null,
    version           bigint        not null default 0,
    constraint follow_up_visit_adverse_event_admission check (hospitalized or (admission_date is null and discharge_date is null))
);
create index follow_up_visit_adverse_event_visit on follow_up_visit_adverse_event (visit_id);

-- audit tables (Envers) ------------------------------------------------------------------------------
create table day_seven_call_due_aud (
    id             uuid          not null,
    rev            bigint        not null references audit_revision (id),
    revtype        smallint,
    case_id        uuid,
    center_id      varchar(20),
    organ          varchar(20),
    session_date   date,
    target_date    date,
    window_start   date,
    window_end     date,
    status         varchar(10),
    assigned_to    varchar(60),
    created_at     timestamptz,
    created_by     varchar(60),
    updated_at     timestamptz,
    updated_by     varchar(60),
    primary key (id, rev)
);

create table follow_up_contact_attempt_aud (
    id            uuid          not null,
    rev           bigint        not null references audit_revision (id),
    revtype       smallint,
    visit_id      uuid,
    case_id       uuid,
    center_id     varchar(20),
    attempt_date  date,
    outcome       varchar(12),
    retry_date    date,
    note          varchar(2000),
    task_id       varchar(64),
    created_at    timestamptz,
    created_by    varchar(60),
    primary key (id, rev)
);

create table follow_up_lesion_result_aud (
    id           uuid           not null,
    rev          bigint         not null references audit_revision (id),
    revtype      smallint,
    visit_id     uuid,
    case_id      uuid,
    center_id    varchar(20),
    tumor_id     varchar(20),
    response     varchar(20),
    lirads_tr    varchar(15),
    mrecist      varchar(2),
    margin_mm    numeric(4, 1),
    created_at   timestamptz,
    created_by   varchar(60),
    primary key (id, rev)
);

create table follow_up_visit_adverse_event_aud (
    id                uuid          not null,
    rev               bigint        not null references audit_revision (id),
    revtype           smallint,
    visit_id          uuid,
    case_id           uuid,
    center_id         varchar(20),
    adverse_event_id  uuid,
    attribution       varchar(10),
    interventions     varchar(300),
    hospitalized      boolean,
    admission_date    date,
    discharge_date    date,
    outcome           varchar(30),
    created_at        timestamptz,
    created_by        varchar(60),
    primary key (id, rev)
);

do $$
declare
    t text;
begin
    foreach t in array array['day_seven_call_due_aud', 'follow_up_contact_attempt_aud', 'follow_up_lesion_result_aud',
                             'follow_up_visit_adverse_event_aud'] loop
        execute format('create trigger %I before update or delete on %I for each row execute function forbid_audit_change()',
                       t || '_append_only', t);
        execute format('create trigger %I before truncate on %I for each statement execute function forbid_audit_change()',
                       t || '_no_truncate', t);
    end loop;
end
$$;
