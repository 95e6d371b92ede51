-- Issue 8: outcomes computed from the events of each case (outcomes.md OUT), stored per patient (case), per tumour
-- and per session so the quality indicators and Kaplan-Meier curves are SQL aggregations. Derived data: recomputed,
-- never edited, so not audited. inputs_version is a hash of the timeline the row was computed from.
create table outcome_patient (
    case_id                       uuid          primary key,
    center_id                     varchar(20)   not null,
    pseudonym                     varchar(40),
    organ                         varchar(20),
    histology                     varchar(60),
    modality                      varchar(10),
    intent                        varchar(30),
    start_date                    date          not null,
    mdt_before_first_session      boolean       not null,
    board_concordant              boolean,
    technical_success             boolean,
    technique_efficacy            varchar(15)   not null,
    technique_efficacy_reason     varchar(30),
    response_imaging_due          boolean       not null,
    response_imaging_in_window    boolean       not null,
    primary_efficacy              boolean       not null,
    assisted_efficacy             boolean       not null,
    secondary_efficacy            boolean       not null,
    additional_sessions_residual  integer       not null,
    ltp_date                      date,
    ltpfs_days                    integer       not null,
    ltpfs_event                   boolean       not null,
    ttltp_days                    integer       not null,
    ttltp_event                   boolean       not null,
    ttr_days                      integer       not null,
    ttr_event                     boolean       not null,
    dfs_days                      integer       not null,
    dfs_event                     boolean       not null,
    dfs_excluded                  boolean       not null,
    os_days                       integer       not null,
    os_event                      boolean       not null,
    thirty_day_mortality          boolean       not null,
    procedure_related_death       boolean,
    visits_due                    integer       not null,
    visits_in_window              integer       not null,
    visits_missed                 integer       not null,
    missing_fields                varchar(400),
    inputs_version                varchar(64)   not null,
    computed_at                   timestamptz   not null
);
create index outcome_patient_center on outcome_patient (center_id, start_date);

create table outcome_tumour (
    case_id              uuid          not null references outcome_patient (case_id) on delete cascade,
    tumor_id             varchar(20)   not null,
    center_id            varchar(20)   not null,
    technical_success    boolean,
    technique_efficacy   varchar(15)   not null,
    primary_efficacy     boolean       not null,
    assisted_efficacy    boolean       not null,
    secondary_efficacy   boolean       not null,
    ltp_date             date,
    ttltp_days           integer       not null,
    ttltp_event          boolean       not null,
    primary key (case_id, tumor_id)
);

create table outcome_session (
    case_id                 uuid          not null references outcome_patient (case_id) on delete cascade,
    session_id              varchar(40)   not null,
    center_id               varchar(20)   not null,
    session_date            date          not null,
    liver                   boolean       not null,
    thirty_day_death        boolean       not null,
    major_complication      boolean,
    hepatic_infection       boolean       not null,
    primary key (case_id, session_id)
);
create index outcome_session_center on outcome_session (center_id, session_date);
