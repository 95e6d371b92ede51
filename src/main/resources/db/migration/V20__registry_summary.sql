-- Issue 8 speed (dashboard first render <= 1 s at 100,000 patients): the registry dashboard's default view (every
-- center, or chosen centers and no other filter) reads these sums instead of aggregating the outcome rows on each
-- render. Derived data, rebuilt per center by OutcomeStore in the same transaction that writes that center's outcome
-- rows (event-driven recompute, full recompute, import), so never stale; not audited, like the V16 tables.

-- One row per center and cohort bucket (organ, histology, modality, intent): the counts behind the outcome
-- summaries, the quality indicators (except the time-dependent QI-13 and the Kaplan-Meier QI-06), data completeness
-- and board concordance. Column names say what is counted; *_known counts non-null values (the denominators).
create table registry_summary (
    center_id                varchar(20)  not null,
    organ                    varchar(20),
    histology                varchar(60),
    modality                 varchar(10),
    intent                   varchar(30),
    patients                 bigint       not null,
    technical_success        bigint       not null,
    technical_success_known  bigint       not null,
    efficacy_evaluable       bigint       not null,
    primary_efficacy         bigint       not null,
    assisted_efficacy        bigint       not null,
    secondary_efficacy       bigint       not null,
    ltp                      bigint       not null,
    never_disease_free       bigint       not null,
    thirty_day_mortality     bigint       not null,
    deaths                   bigint       not null,
    procedure_related_deaths bigint       not null,
    mdt_before               bigint       not null,
    imaging_due              bigint       not null,
    imaging_in_window        bigint       not null,
    visits_due               bigint       not null,
    visits_in_window         bigint       not null,
    visits_missed            bigint       not null,
    with_missing_fields      bigint       not null,
    board_decisions          bigint       not null,
    board_concordant         bigint       not null,
    board_discordant         bigint       not null,
    tumours                  bigint       not null,
    tumour_technical_success bigint       not null,
    tumour_technical_known   bigint       not null,
    tumour_efficacy_evaluable bigint      not null,
    tumour_primary_efficacy  bigint       not null,
    liver_sessions           bigint       not null,
    liver_major              bigint       not null,
    liver_major_known        bigint       not null,
    liver_deaths_30          bigint       not null,
    liver_hepatic_infection  bigint       not null,
    other_sessions           bigint       not null,
    other_major              bigint       not null,
    other_major_known        bigint       not null,
    other_deaths_30          bigint       not null
);
create index registry_summary_center on registry_summary (center_id);

-- Patients per center and missing-fields list, for the most often missing list per center (completeness).
create table registry_summary_missing (
    center_id       varchar(20)   not null,
    missing_fields  varchar(400)  not null,
    patients        bigint        not null,
    primary key (center_id, missing_fields)
);

-- Life tables per center: at each follow-up day the events and censorings, OS per patient and time to LTP per
-- tumour (QI-06). The Kaplan-Meier estimate from these is the one from the rows (same times, same ties).
create table registry_life_table (
    center_id  varchar(20)  not null,
    endpoint   varchar(12)  not null,
    days       integer      not null,
    events     integer      not null,
    censored   integer      not null,
    primary key (endpoint, center_id, days)
);

-- A one-center rebuild reads that center's tumour rows by this index (sessions have outcome_session_center).
create index outcome_tumour_center on outcome_tumour (center_id);

-- The time-dependent parts stay live (they move with today's date): sessions of the last 12 months (QI-13) and
-- alive patients with a contact in the last 12 months (ascertainment) read these indexes only.
create index outcome_session_date on outcome_session (session_date, center_id);
create index outcome_patient_last_contact on outcome_patient ((start_date + os_days), center_id) where not os_event;
