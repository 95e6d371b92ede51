-- Clinical audit trail: every change of clinical rows (Hibernate Envers revisions) and every read of a patient
-- record, in the application schema, so Camunda's history cleanup never touches it. Append-only, enforced here.

create sequence audit_revision_seq start with 1 increment by 50;

create table audit_revision (
    id           bigint      primary key,
    revision_ts  bigint      not null,
    username     varchar(60) not null
);

create table patient_aud (
    id               uuid        not null,
    rev              bigint      not null references audit_revision (id),
    revtype          smallint,
    center_id        varchar(20),
    pseudonym        varchar(40),
    sex              varchar(10),
    birth_date       date,
    clinical_status  jsonb,
    created_at       timestamptz,
    created_by       varchar(60),
    updated_at       timestamptz,
    updated_by       varchar(60),
    primary key (id, rev)
);

create table lesion_aud (
    id               uuid          not null,
    rev              bigint        not null references audit_revision (id),
    revtype          smallint,
    patient_id       uuid,
    case_id          uuid,
    tumor_key        varchar(20),
    organ            varchar(20),
    histology        varchar(60),
    max_diameter_mm  numeric(6, 1),
    details          jsonb,
    created_at       timestamptz,
    created_by       varchar(60),
    primary key (id, rev)
);

create table lab_panel_aud (
    id              uuid        not null,
    rev             bigint      not null references audit_revision (id),
    revtype         smallint,
    patient_id      uuid,
    case_id         uuid,
    collected_date  date,
    context         varchar(20),
    lab_values      jsonb,
    created_at      timestamptz,
    created_by      varchar(60),
    primary key (id, rev)
);

create table clinical_case_aud (
    id                   uuid          not null,
    rev                  bigint        not null references audit_revision (id),
    revtype              smallint,
    center_id            varchar(20),
    patient_id           uuid,
    stage                varchar(40),
    referral_date        date,
    referral_source      varchar(30),
    urgency              varchar(10),
    question             varchar(2000),
    referring_physician  varchar(60),
    rule_profile         varchar(10),
    planned_modality     varchar(10),
    disease_status       jsonb,
    case_dates           jsonb,
    decision_code        varchar(40),
    created_at           timestamptz,
    created_by           varchar(60),
    updated_at           timestamptz,
    updated_by           varchar(60),
    primary key (id, rev)
);

create table board_decision_aud (
    id                  uuid          not null,
    rev                 bigint        not null references audit_revision (id),
    revtype             smallint,
    case_id             uuid,
    center_id           varchar(20),
    evaluation_id       uuid,
    recommended_status  varchar(20),
    decision_code       varchar(40),
    intent              varchar(30),
    rationale           varchar(4000),
    override_reason     varchar(2000),
    concordant          boolean,
    rules_version       varchar(80),
    task_id             varchar(64),
    decided_by          varchar(60),
    decided_at          timestamptz,
    primary key (id, rev)
);

-- reads of patient records (who looked at which patient, when, through which channel)
create table access_log (
    id           bigserial    primary key,
    accessed_at  timestamptz  not null,
    username     varchar(60)  not null,
    center_id    varchar(20),
    patient_id   uuid,
    case_id      uuid,
    action       varchar(30)  not null,
    channel      varchar(10)  not null
);
create index access_log_patient on access_log (patient_id, accessed_at desc);

create function forbid_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only (% on %)', tg_op, tg_table_name;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['audit_revision', 'patient_aud', 'lesion_aud', 'lab_panel_aud', 'clinical_case_aud',
                             'board_decision_aud', 'access_log'] loop
        execute format('create trigger %I before update or delete on %I for each row execute function forbid_audit_change()',
                       t || '_append_only', t);
        execute format('create trigger %I before truncate on %I for each statement execute function forbid_audit_change()',
                       t || '_no_truncate', t);
    end loop;
end
$$;
