-- Adverse events reported on a case at any stage, and their review by the interventional radiologist
-- (outcomes.md 4.13, safety.md). Alert rules, CIRSE/SIR classes and timing categories build on these rows later.
create table adverse_event (
    id                     uuid          primary key,
    case_id                uuid          not null,
    center_id              varchar(20)   not null references center (id),
    -- the session the event is attributed to (TMG-01), when known
    procedure_session_id   uuid,
    onset_date             date          not null,
    ctcae_version          varchar(5)    not null,
    -- null for a term not in the transcribed CTCAE list (free text)
    ctcae_term_code        varchar(10),
    ctcae_term             varchar(200)  not null,
    grade_at_onset         integer       not null check (grade_at_onset between 1 and 5),
    description            varchar(4000),
    reported_by            varchar(60)   not null,
    reported_at            timestamptz   not null,
    worst_grade            integer       check (worst_grade between 1 and 5 and worst_grade >= grade_at_onset),
    attribution            varchar(10)   check (attribution in ('UNRELATED', 'UNLIKELY', 'POSSIBLE', 'PROBABLE', 'DEFINITE')),
    expected_side_effect   boolean,
    outcome                varchar(30)   check (outcome in ('RESOLVED', 'RESOLVED_WITH_SEQUELAE', 'ONGOING', 'FATAL')),
    review_note            varchar(2000),
    reviewed_by            varchar(60),
    reviewed_at            timestamptz,
    created_at             timestamptz   not null,
    created_by             varchar(60)   not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(60)   not null,
    version                bigint        not null default 0,
    constraint adverse_event_review_complete
        check (reviewed_at is null or (worst_grade is not null and outcome is not null and reviewed_by is not null))
);
create index adverse_event_case on adverse_event (case_id, onset_date desc);

create table adverse_event_aud (
    id                     uuid          not null,
    rev                    bigint        not null references audit_revision (id),
    revtype                smallint,
    case_id                uuid,
    center_id              varchar(20),
    procedure_session_id   uuid,
    onset_date             date,
    ctcae_version          varchar(5),
    ctcae_term_code        varchar(10),
    ctcae_term             varchar(200),
    grade_at_onset         integer,
    description            varchar(4000),
    reported_by            varchar(60),
    reported_at            timestamptz,
    worst_grade            integer,
    attribution            varchar(10),
    expected_side_effect   boolean,
    outcome                varchar(30),
    review_note            varchar(2000),
    reviewed_by            varchar(60),
    reviewed_at            timestamptz,
    created_at             timestamptz,
    created_by             varchar(60),
    updated_at             timestamptz,
    updated_by             varchar(60),
    primary key (id, rev)
);
create trigger adverse_event_aud_append_only before update or delete on adverse_event_aud
    for each row execute function forbid_audit_change();
create trigger adverse_event_aud_no_truncate before truncate on adverse_event_aud
    for each statement execute function forbid_audit_change();
