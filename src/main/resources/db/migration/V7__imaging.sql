-- Response imaging (pathway.md STG-09; ImagingStudy and TumorAssessment of outcomes.md 4.11): one study per completed
-- "response-assessment" task, one assessment per tumour on it. Several studies per case (history is kept); rows are
-- never updated or deleted by the application. Both tables are audited (Envers, *_aud below, append-only as in V2).

create table imaging_study (
    id                      uuid          primary key,
    case_id                 uuid          not null,
    center_id               varchar(20)   not null references center (id),
    task_id                 varchar(64)   not null unique,
    session_id              uuid,
    session_number          integer,
    purpose                 varchar(20)   not null,
    study_date              date          not null,
    modality                varchar(10)   not null,
    contrast                boolean       not null,
    new_intra_organ_tumour  boolean       not null,
    extra_organ_disease     boolean       not null,
    finding                 varchar(30)   not null,
    note                    varchar(2000),
    created_at              timestamptz   not null,
    created_by              varchar(60)   not null,
    version                 bigint        not null default 0
);
create index imaging_study_case on imaging_study (case_id, study_date desc, created_at desc);

create table tumor_assessment (
    id                    uuid          primary key,
    study_id              uuid          not null references imaging_study (id),
    case_id               uuid          not null,
    tumor_id              varchar(20)   not null,
    histology             varchar(60),
    response              varchar(20)   not null,
    lirads_tr             varchar(20),
    mrecist               varchar(2),
    minimal_margin_mm     numeric(4, 1) check (minimal_margin_mm >= 0),
    margin_target_mm      numeric(4, 1),
    ablation_zone_max_mm  integer       check (ablation_zone_max_mm >= 1),
    created_at            timestamptz   not null,
    created_by            varchar(60)   not null,
    version               bigint        not null default 0,
    unique (study_id, tumor_id)
);
create index tumor_assessment_case on tumor_assessment (case_id);

create table imaging_study_aud (
    id                      uuid          not null,
    rev                     bigint        not null references audit_revision (id),
    revtype                 smallint,
    case_id                 uuid,
    center_id               varchar(20),
    task_id                 varchar(64),
    session_id              uuid,
    session_number          integer,
    purpose                 varchar(20),
    study_date              date,
    modality                varchar(10),
    contrast                boolean,
    new_intra_organ_tumour  boolean,
    extra_organ_disease     boolean,
    finding                 varchar(30),
    note                    varchar(2000),
    created_at              timestamptz,
    created_by              varchar(60),
    primary key (id, rev)
);

create table tumor_assessment_aud (
    id                    uuid          not null,
    rev                   bigint        not null references audit_revision (id),
    revtype               smallint,
    study_id              uuid,
    case_id               uuid,
    tumor_id              varchar(20),
    histology             varchar(60),
    response              varchar(20),
    lirads_tr             varchar(20),
    mrecist               varchar(2),
    minimal_margin_mm     numeric(4, 1),
    margin_target_mm      numeric(4, 1),
    ablation_zone_max_mm  integer,
    created_at            timestamptz,
    created_by            varchar(60),
    primary key (id, rev)
);

do $$
declare
    t text;
begin
    foreach t in array array['imaging_study_aud', 'tumor_assessment_aud'] loop
        execute format('create trigger %I before update or delete on %I for each row execute function forbid_audit_change()',
                       t || '_append_only', t);
        execute format('create trigger %I before truncate on %I for each statement execute function forbid_audit_change()',
                       t || '_no_truncate', t);
    end loop;
end
$$;
