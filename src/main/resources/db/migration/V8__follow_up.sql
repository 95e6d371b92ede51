-- Follow-up (pathway.md section 7, STG-08/10/12/13; outcomes.md 4.12 and 4.14): the stored visit grid of each case,
-- the case's follow-up flags, day-7 calls, disease events found at visits, vital status and the end of follow-up.
-- Clinical rows are never deleted: visits are cancelled with a reason. Every table is audited (Envers *_aud tables,
-- append-only like those of V2__audit_trail.sql).

-- one row per grid point; a grid is one organ's schedule anchored on one session (grid_id), FUP-01/02
create table follow_up_visit (
    id                uuid          primary key,
    case_id           uuid          not null,
    center_id         varchar(20)   not null references center (id),
    grid_id           uuid          not null,
    organ             varchar(20)   not null,
    schedule_id       varchar(20)   not null,
    schedule_version  varchar(40)   not null,
    grid_label        varchar(5)    not null,
    -- PHONE_CALL (day-7 call of the bone schedule), RESPONSE (FUP-03 response imaging), VISIT
    point_kind        varchar(10)   not null check (point_kind in ('PHONE_CALL', 'RESPONSE', 'VISIT')),
    anchor_date       date          not null,
    target_date       date          not null,
    window_start      date          not null,
    window_end        date          not null,
    status            varchar(10)   not null check (status in ('PLANNED', 'DONE', 'MISSED', 'CANCELLED')),
    status_reason     varchar(200),
    actual_date       date,
    visit_type        varchar(15)   not null check (visit_type in ('CLINIC', 'PHONE', 'IMAGING_ONLY')),
    -- what the visit recorded (STG-10)
    ecog              int           check (ecog between 0 and 4),
    finding           varchar(50),
    tumor_id          varchar(20),
    pain_nrs          int           check (pain_nrs between 0 and 10),
    analgesic_change  varchar(10)   check (analgesic_change in ('DECREASED', 'UNCHANGED', 'INCREASED')),
    note              varchar(2000),
    task_id           varchar(64),
    recorded_by       varchar(60),
    created_at        timestamptz   not null,
    created_by        varchar(60)   not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(60)   not null,
    version           bigint        not null default 0,
    constraint follow_up_visit_done_has_date check (status <> 'DONE' or actual_date is not null),
    constraint follow_up_visit_window check (window_start <= target_date and target_date <= window_end)
);
create index follow_up_visit_case on follow_up_visit (case_id, target_date);
create index follow_up_visit_planned on follow_up_visit (status, schedule_version);

-- the case's follow-up as a whole: FUP-04 lost-to-follow-up risk
create table case_follow_up (
    id                       uuid         primary key,
    case_id                  uuid         not null unique,
    center_id                varchar(20)  not null references center (id),
    lost_to_follow_up_risk   boolean      not null,
    risk_flagged_on          date,
    created_at               timestamptz  not null,
    created_by               varchar(60)  not null,
    updated_at               timestamptz  not null,
    updated_by               varchar(60)  not null,
    version                  bigint       not null default 0
);

-- STG-08 / TMR-09: the structured day-7 phone call
create table day_seven_call (
    id               uuid          primary key,
    case_id          uuid          not null,
    center_id        varchar(20)   not null references center (id),
    task_id          varchar(64)   not null unique,
    call_date        date          not null,
    reached          boolean       not null,
    fever            boolean,
    pain             boolean,
    jaundice         boolean,
    wound_problem    boolean,
    urinary_problem  boolean,
    breathlessness   boolean,
    new_medication   boolean,
    unplanned_visit  boolean,
    note             varchar(2000),
    created_at       timestamptz   not null,
    created_by       varchar(60)   not null,
    version          bigint        not null default 0,
    constraint day_seven_call_answers check (not reached or (fever is not null and pain is not null
        and jaundice is not null and wound_problem is not null and urinary_problem is not null
        and breathlessness is not null and new_medication is not null and unplanned_visit is not null))
);
create index day_seven_call_case on day_seven_call (case_id, call_date desc);

-- outcomes.md 4.14 DiseaseEvent found at a follow-up visit (STG-10)
create table follow_up_disease_event (
    id              uuid          primary key,
    case_id         uuid          not null,
    center_id       varchar(20)   not null references center (id),
    visit_id        uuid          references follow_up_visit (id),
    event_type      varchar(30)   not null check (event_type in ('RESIDUAL_UNABLATED', 'LTP', 'INTRA_ORGAN_DISTANT',
                                                                 'EXTRA_ORGAN', 'MARKER_ONLY')),
    tumor_id        varchar(20),
    detection_date  date          not null,
    imaging_id      varchar(40),
    -- IMAGING, BIOPSY or MDT_CONSENSUS; a marker rise without imaging correlate has none yet
    confirmation    varchar(20)   check (confirmation in ('IMAGING', 'BIOPSY', 'MDT_CONSENSUS')),
    created_at      timestamptz   not null,
    created_by      varchar(60)   not null,
    version         bigint        not null default 0,
    constraint follow_up_disease_event_tumor check (event_type not in ('RESIDUAL_UNABLATED', 'LTP') or tumor_id is not null),
    constraint follow_up_disease_event_confirmation check (event_type = 'MARKER_ONLY' or confirmation is not null)
);
create index follow_up_disease_event_case on follow_up_disease_event (case_id, detection_date);

-- outcomes.md 4.14 VitalStatus: the yearly check (STG-13) or a reported death (END-01)
create table vital_status (
    id                 uuid          primary key,
    case_id            uuid          not null,
    center_id          varchar(20)   not null references center (id),
    task_id            varchar(64)   unique,
    status             varchar(10)   not null check (status in ('ALIVE', 'DEAD', 'UNKNOWN')),
    last_contact_date  date          not null,
    death_date         date,
    cause_of_death     varchar(30)   check (cause_of_death in ('TUMOUR_PROGRESSION', 'TREATMENT_RELATED',
                                                               'LIVER_FAILURE_NON_TUMOUR', 'OTHER', 'UNKNOWN')),
    created_at         timestamptz   not null,
    created_by         varchar(60)   not null,
    version            bigint        not null default 0,
    constraint vital_status_death check ((status = 'DEAD') = (death_date is not null and cause_of_death is not null))
);
create index vital_status_case on vital_status (case_id, last_contact_date desc);

-- outcomes.md 4.14 EndOfFollowUp: one per case (pathway.md section 8)
create table end_of_follow_up (
    id           uuid          primary key,
    case_id      uuid          not null unique,
    center_id    varchar(20)   not null references center (id),
    reason       varchar(30)   not null check (reason in ('DEATH', 'WITHDRAWAL', 'LOST_TO_FOLLOW_UP', 'SCHEDULE_COMPLETED',
                                                          'TRANSFERRED', 'NON_ABLATION_PATHWAY', 'PALLIATIVE_ONLY')),
    end_date     date          not null,
    details      varchar(2000),
    created_at   timestamptz   not null,
    created_by   varchar(60)   not null,
    version      bigint        not null default 0
);

-- audit tables (Envers) ------------------------------------------------------------------------------
create table follow_up_visit_aud (
    id                uuid          not null,
    rev               bigint        not null references audit_revision (id),
    revtype           smallint,
    case_id           uuid,
    center_id         varchar(20),
    grid_id           uuid,
    organ             varchar(20),
    schedule_id       varchar(20),
    schedule_version  varchar(40),
    grid_label        varchar(5),
    point_kind        varchar(10),
    anchor_date       date,
    target_date       date,
    window_start      date,
    window_end        date,
    status            varchar(10),
    status_reason     varchar(200),
    actual_date       date,
    visit_type        varchar(15),
    ecog              int,
    finding           varchar(50),
    tumor_id          varchar(20),
    pain_nrs          int,
    analgesic_change  varchar(10),
    note              varchar(2000),
    task_id           varchar(64),
    recorded_by       varchar(60),
    created_at        timestamptz,
    created_by        varchar(60),
    updated_at        timestamptz,
    updated_by        varchar(60),
    primary key (id, rev)
);

create table case_follow_up_aud (
    id                       uuid         not null,
    rev                      bigint       not null references audit_revision (id),
    revtype                  smallint,
    case_id                  uuid,
    center_id                varchar(20),
    lost_to_follow_up_risk   boolean,
    risk_flagged_on          date,
    created_at               timestamptz,
    created_by               varchar(60),
    updated_at               timestamptz,
    updated_by               varchar(60),
    primary key (id, rev)
);

create table day_seven_call_aud (
    id               uuid          not null,
    rev              bigint        not null references audit_revision (id),
    revtype          smallint,
    case_id          uuid,
    center_id        varchar(20),
    task_id          varchar(64),
    call_date        date,
    reached          boolean,
    fever            boolean,
    pain             boolean,
    jaundice         boolean,
    wound_problem    boolean,
    urinary_problem  boolean,
    breathlessness   boolean,
    new_medication   boolean,
    unplanned_visit  boolean,
    note             varchar(2000),
    created_at       timestamptz,
    created_by       varchar(60),
    primary key (id, rev)
);

create table follow_up_disease_event_aud (
    id              uuid          not null,
    rev             bigint        not null references audit_revision (id),
    revtype         smallint,
    case_id         uuid,
    center_id       varchar(20),
    visit_id        uuid,
    event_type      varchar(30),
    tumor_id        varchar(20),
    detection_date  date,
    imaging_id      varchar(40),
    confirmation    varchar(20),
    created_at      timestamptz,
    created_by      varchar(60),
    primary key (id, rev)
);

create table vital_status_aud (
    id                 uuid          not null,
    rev                bigint        not null references audit_revision (id),
    revtype            smallint,
    case_id            uuid,
    center_id          varchar(20),
    task_id            varchar(64),
    status             varchar(10),
    last_contact_date  date,
    death_date         date,
    cause_of_death     varchar(30),
    created_at         timestamptz,
    created_by         varchar(60),
    primary key (id, rev)
);

create table end_of_follow_up_aud (
    id           uuid          not null,
    rev          bigint        not null references audit_revision (id),
    revtype      smallint,
    case_id      uuid,
    center_id    varchar(20),
    reason       varchar(30),
    end_date     date,
    details      varchar(2000),
    created_at   timestamptz,
    created_by   varchar(60),
    primary key (id, rev)
);

do $$
declare
    t text;
begin
    foreach t in array array['follow_up_visit_aud', 'case_follow_up_aud', 'day_seven_call_aud',
                             'follow_up_disease_event_aud', 'vital_status_aud', 'end_of_follow_up_aud'] loop
        execute format('create trigger %I before update or delete on %I for each row execute function forbid_audit_change()',
                       t || '_append_only', t);
        execute format('create trigger %I before truncate on %I for each statement execute function forbid_audit_change()',
                       t || '_no_truncate', t);
    end loop;
end
$$;
