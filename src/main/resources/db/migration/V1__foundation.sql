-- AblationPath foundation schema (Flyway owns schema "app"; Camunda keeps its own tables in "public").
-- Every clinical row carries who/when and a version for optimistic locking (outcomes.md section 4).

-- identity -----------------------------------------------------------------------------------------
create table center (
    id            varchar(20)  primary key,
    name          varchar(200) not null,
    country       varchar(2)   not null,
    rule_profile  varchar(10)  not null check (rule_profile in ('INTL', 'CN'))
);

create table app_user (
    id             uuid         primary key,
    username       varchar(60)  not null unique,
    password_hash  varchar(200) not null,
    display_name   varchar(200) not null,
    enabled        boolean      not null default true,
    locale         varchar(20),
    created_at     timestamptz  not null,
    version        bigint       not null default 0
);

create table app_user_role (
    user_id  uuid        not null references app_user (id),
    role     varchar(40) not null,
    primary key (user_id, role)
);

create table app_user_center (
    user_id    uuid        not null references app_user (id),
    center_id  varchar(20) not null references center (id),
    primary key (user_id, center_id)
);

-- patient ------------------------------------------------------------------------------------------
create table patient (
    id               uuid         primary key,
    center_id        varchar(20)  not null references center (id),
    pseudonym        varchar(40)  not null,
    sex              varchar(10)  not null,
    birth_date       date         not null,
    clinical_status  jsonb        not null,
    created_at       timestamptz  not null,
    created_by       varchar(60)  not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(60)  not null,
    version          bigint       not null default 0,
    unique (center_id, pseudonym)
);

create table lesion (
    id                uuid          primary key,
    patient_id        uuid          not null references patient (id),
    case_id           uuid          not null,
    tumor_key         varchar(20)   not null,
    organ             varchar(20)   not null,
    histology         varchar(60)   not null,
    max_diameter_mm   numeric(6, 1) not null,
    details           jsonb         not null,
    created_at        timestamptz   not null,
    created_by        varchar(60)   not null,
    version           bigint        not null default 0,
    unique (case_id, tumor_key)
);
create index lesion_case on lesion (case_id);

create table lab_panel (
    id              uuid         primary key,
    patient_id      uuid         not null references patient (id),
    case_id         uuid         not null,
    collected_date  date         not null,
    context         varchar(20)  not null,
    lab_values      jsonb        not null,
    created_at      timestamptz  not null,
    created_by      varchar(60)  not null,
    version         bigint       not null default 0
);
create index lab_panel_case on lab_panel (case_id, collected_date desc);

-- referral (the case: one pathway for one indication of one patient) -------------------------------
create table clinical_case (
    id                   uuid          primary key,
    center_id            varchar(20)   not null references center (id),
    patient_id           uuid          not null references patient (id),
    stage                varchar(40)   not null,
    referral_date        date          not null,
    referral_source      varchar(30)   not null,
    urgency              varchar(10)   not null,
    question             varchar(2000) not null,
    referring_physician  varchar(60)   not null,
    rule_profile         varchar(10)   not null,
    planned_modality     varchar(10),
    disease_status       jsonb         not null,
    case_dates           jsonb         not null,
    decision_code        varchar(40),
    created_at           timestamptz   not null,
    created_by           varchar(60)   not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(60)   not null,
    version              bigint        not null default 0
);
create index clinical_case_center on clinical_case (center_id, stage);

-- eligibility: every evaluation is kept, never overwritten (STG-03) ---------------------------------
create table rule_evaluation (
    id                uuid         primary key,
    case_id           uuid         not null,
    evaluation_date   date         not null,
    evaluated_at      timestamptz  not null,
    rules_version     varchar(80)  not null,
    rule_profile      varchar(10)  not null,
    final_status      varchar(20)  not null,
    correctable       boolean      not null,
    trigger           varchar(40)  not null,
    inputs_snapshot   jsonb        not null,
    result            jsonb        not null
);
create index rule_evaluation_case on rule_evaluation (case_id, evaluated_at desc);

-- board --------------------------------------------------------------------------------------------
create table board_decision (
    id                  uuid          primary key,
    case_id             uuid          not null,
    center_id           varchar(20)   not null references center (id),
    evaluation_id       uuid          references rule_evaluation (id),
    recommended_status  varchar(20),
    decision_code       varchar(40)   not null,
    intent              varchar(30)   not null,
    rationale           varchar(4000) not null,
    override_reason     varchar(2000),
    concordant          boolean       not null,
    rules_version       varchar(80),
    task_id             varchar(64)   not null unique,
    decided_by          varchar(60)   not null,
    decided_at          timestamptz   not null,
    version             bigint        not null default 0
);
create index board_decision_case on board_decision (case_id, decided_at desc);
