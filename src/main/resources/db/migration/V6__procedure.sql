-- Procedures (issue 4, module procedure): the pre-procedure checklist (STG-05, one row per submission, history
-- kept), the session record (STG-06, outcomes.md 4.9, updated once at discharge, STG-07) and one application row per
-- tumour per applicator position (outcomes.md 4.10). Every change is versioned in the *_aud tables (Envers).

create table pre_procedure_checklist (
    id                              uuid           primary key,
    case_id                         uuid           not null references clinical_case (id),
    center_id                       varchar(20)    not null references center (id),
    task_id                         varchar(64)    not null unique,
    planned_procedure_date          date           not null,
    consent_date                    date           not null,
    consent_version                 varchar(20),
    anaesthesia_plan                varchar(20)    not null,
    anticoagulation_plan            varchar(30)    not null,
    -- female aged 12-55 at the planned date (configurable ages): TMR-07 applied at submission
    pregnancy_test_required         boolean        not null,
    pregnancy_test_date             date,
    pregnancy_test_negative         boolean,
    cardiac_device_plan             varchar(20),
    antibiotic_prophylaxis_planned  boolean        not null,
    last_chemotherapy_date          date,
    fasting_instructions_given      boolean        not null,
    note                            varchar(2000),
    -- [{rule, days, limitDays}]: cautions shown, not blocking (TMR-08)
    cautions                        jsonb          not null,
    created_at                      timestamptz    not null,
    created_by                      varchar(60)    not null,
    version                         bigint         not null default 0,
    constraint pre_procedure_checklist_no_positive_test
        check (not pregnancy_test_required or pregnancy_test_negative)
);
create index pre_procedure_checklist_case on pre_procedure_checklist (case_id, created_at desc);

create table procedure_session (
    id                          uuid           primary key,
    case_id                     uuid           not null references clinical_case (id),
    center_id                   varchar(20)    not null references center (id),
    task_id                     varchar(64)    not null unique,
    -- the checklist this session followed (its planned date is then used up); null if none was open
    checklist_id                uuid           references pre_procedure_checklist (id),
    session_number              integer        not null check (session_number >= 1),
    procedure_date              date           not null,
    start_at                    timestamptz,
    end_at                      timestamptz,
    intent_type                 varchar(30)    not null,
    approach                    varchar(20)    not null,
    guidance                    jsonb          not null,
    anaesthesia                 varchar(20)    not null,
    setting                     varchar(20)    not null,
    antibiotic_prophylaxis      boolean        not null,
    protective_techniques       jsonb          not null,
    tract_ablation              boolean,
    combined_with_tace          boolean,
    tace_date                   date,
    cardiac_device_managed      varchar(20),
    dose_length_product_mgycm   numeric(10, 2),
    contrast_volume_ml          integer,
    -- {tumorId: true|false} for every treated tumour (OUT-01)
    technical_success           jsonb          not null,
    discharge_date              date,
    length_of_stay_days         integer,
    unplanned_admission         boolean,
    prolonged_stay              boolean,
    discharge_note              varchar(2000),
    discharged_by               varchar(60),
    created_at                  timestamptz    not null,
    created_by                  varchar(60)    not null,
    updated_at                  timestamptz    not null,
    updated_by                  varchar(60)    not null,
    version                     bigint         not null default 0,
    -- the session number is the count of the case's sessions + 1: two records at once cannot get the same number
    constraint procedure_session_number unique (case_id, session_number),
    constraint procedure_session_times check (start_at is null or end_at is null or end_at > start_at),
    constraint procedure_session_discharge check (discharge_date is null or discharge_date >= procedure_date)
);

create table ablation_application (
    id                      uuid           primary key,
    procedure_id            uuid           not null references procedure_session (id),
    case_id                 uuid           not null references clinical_case (id),
    position                integer        not null,
    tumor_id                varchar(20)    not null,
    modality                varchar(10)    not null,
    device_manufacturer     varchar(100)   not null,
    device_model            varchar(100)   not null,
    generator_model         varchar(100)   not null,
    applicator_type         varchar(30)    not null,
    applicator_gauge        integer,
    active_tip_length_mm    integer,
    number_of_applicators   integer        not null check (number_of_applicators >= 1),
    number_of_positions     integer        not null check (number_of_positions >= 1),
    power_w                 numeric(6, 1),
    duration_sec            integer,
    energy_kj               numeric(8, 2),
    target_temperature_c    numeric(4, 1),
    freeze_thaw_cycles      integer,
    freeze_minutes          integer,
    thaw_minutes            integer,
    electrode_pairs         integer,
    pulses_per_pair         integer,
    voltage_v               integer,
    pulse_length_us         integer,
    current_a               numeric(5, 1),
    ect_drug                varchar(20),
    ect_dose                numeric(10, 2),
    ect_dose_unit           varchar(5),
    ect_route               varchar(20),
    ablation_zone_long_mm   integer,
    ablation_zone_short_mm  integer,
    created_at              timestamptz    not null,
    created_by              varchar(60)    not null,
    version                 bigint         not null default 0,
    constraint ablation_application_position unique (procedure_id, position)
);
create index ablation_application_case on ablation_application (case_id);

-- audit tables (Envers), append-only like those of V2 -------------------------------------------------------

create table pre_procedure_checklist_aud (
    id                              uuid           not null,
    rev                             bigint         not null references audit_revision (id),
    revtype                         smallint,
    case_id                         uuid,
    center_id                       varchar(20),
    task_id                         varchar(64),
    planned_procedure_date          date,
    consent_date                    date,
    consent_version                 varchar(20),
    anaesthesia_plan                varchar(20),
    anticoagulation_plan            varchar(30),
    pregnancy_test_required         boolean,
    pregnancy_test_date             date,
    pregnancy_test_negative         boolean,
    cardiac_device_plan             varchar(20),
    antibiotic_prophylaxis_planned  boolean,
    last_chemotherapy_date          date,
    fasting_instructions_given      boolean,
    note                            varchar(2000),
    cautions                        jsonb,
    created_at                      timestamptz,
    created_by                      varchar(60),
    primary key (id, rev)
);

create table procedure_session_aud (
    id                          uuid           not null,
    rev                         bigint         not null references audit_revision (id),
    revtype                     smallint,
    case_id                     uuid,
    center_id                   varchar(20),
    task_id                     varchar(64),
    checklist_id                uuid,
    session_number              integer,
    procedure_date              date,
    start_at                    timestamptz,
    end_at                      timestamptz,
    intent_type                 varchar(30),
    approach                    varchar(20),
    guidance                    jsonb,
    anaesthesia                 varchar(20),
    setting                     varchar(20),
    antibiotic_prophylaxis      boolean,
    protective_techniques       jsonb,
    tract_ablation              boolean,
    combined_with_tace          boolean,
    tace_date                   date,
    cardiac_device_managed      varchar(20),
    dose_length_product_mgycm   numeric(10, 2),
    contrast_volume_ml          integer,
    technical_success           jsonb,
    discharge_date              date,
    length_of_stay_days         integer,
    unplanned_admission         boolean,
    prolonged_stay              boolean,
    discharge_note              varchar(2000),
    discharged_by               varchar(60),
    created_at                  timestamptz,
    created_by                  varchar(60),
    updated_at                  timestamptz,
    updated_by                  varchar(60),
    primary key (id, rev)
);

create table ablation_application_aud (
    id                      uuid           not null,
    rev                     bigint         not null references audit_revision (id),
    revtype                 smallint,
    procedure_id            uuid,
    case_id                 uuid,
    position                integer,
    tumor_id                varchar(20),
    modality                varchar(10),
    device_manufacturer     varchar(100),
    device_model            varchar(100),
    generator_model         varchar(100),
    applicator_type         varchar(30),
    applicator_gauge        integer,
    active_tip_length_mm    integer,
    number_of_applicators   integer,
    number_of_positions     integer,
    power_w                 numeric(6, 1),
    duration_sec            integer,
    energy_kj               numeric(8, 2),
    target_temperature_c    numeric(4, 1),
    freeze_thaw_cycles      integer,
    freeze_minutes          integer,
    thaw_minutes            integer,
    electrode_pairs         integer,
    pulses_per_pair         integer,
    voltage_v               integer,
    pulse_length_us         integer,
    current_a               numeric(5, 1),
    ect_drug                varchar(20),
    ect_dose                numeric(10, 2),
    ect_dose_unit           varchar(5),
    ect_route               varchar(20),
    ablation_zone_long_mm   integer,
    ablation_zone_short_mm  integer,
    created_at              timestamptz,
    created_by              varchar(60),
    primary key (id, rev)
);

do $$
declare
    t text;
begin
    foreach t in array array['pre_procedure_checklist_aud', 'procedure_session_aud', 'ablation_application_aud'] loop
        execute format('create trigger %I before update or delete on %I for each row execute function forbid_audit_change()',
                       t || '_append_only', t);
        execute format('create trigger %I before truncate on %I for each statement execute function forbid_audit_change()',
                       t || '_no_truncate', t);
    end loop;
end
$$;
