-- Board follow-through: the optional re-ablation pre-authorisation of a decision (pathway.md STG-04), and whether
-- the decided treatment started (STG-13, decision-implementation tracking; outcomes.md 4.14 SubsequentTreatment).
-- Also the work-up (STG-02) revisions of a case's data: tumours the work-up drops are voided, not deleted, and the
-- note given with a revision is kept on the case (each revision is an Envers version of the case row).

alter table board_decision add column re_ablation_pre_authorised boolean;
alter table board_decision_aud add column re_ablation_pre_authorised boolean;

create table subsequent_treatment (
    id                 uuid          primary key,
    case_id            uuid          not null,
    center_id          varchar(20)   not null references center (id),
    decision_id        uuid          not null references board_decision (id),
    task_id            varchar(64)   not null unique,
    treatment_started  boolean       not null,
    treatment_type     varchar(40)   not null,
    start_date         date,
    -- a local list of codes from configuration (ablationpath.deviation-reasons): pathway.md publishes none
    reason_code        varchar(60),
    note               varchar(2000),
    created_at         timestamptz   not null,
    created_by         varchar(60)   not null,
    version            bigint        not null default 0,
    constraint subsequent_treatment_start_date check (not treatment_started or start_date is not null),
    constraint subsequent_treatment_reason check (treatment_started or reason_code is not null)
);
create index subsequent_treatment_case on subsequent_treatment (case_id, created_at desc);

create table subsequent_treatment_aud (
    id                 uuid          not null,
    rev                bigint        not null references audit_revision (id),
    revtype            smallint,
    case_id            uuid,
    center_id          varchar(20),
    decision_id        uuid,
    task_id            varchar(64),
    treatment_started  boolean,
    treatment_type     varchar(40),
    start_date         date,
    reason_code        varchar(60),
    note               varchar(2000),
    created_at         timestamptz,
    created_by         varchar(60),
    primary key (id, rev)
);
create trigger subsequent_treatment_aud_append_only before update or delete on subsequent_treatment_aud
    for each row execute function forbid_audit_change();
create trigger subsequent_treatment_aud_no_truncate before truncate on subsequent_treatment_aud
    for each statement execute function forbid_audit_change();

-- work-up revisions ---------------------------------------------------------------------------------
alter table lesion add column voided_at timestamptz;
alter table lesion add column voided_by varchar(60);
alter table lesion add column void_reason varchar(2000);
alter table lesion_aud add column voided_at timestamptz;
alter table lesion_aud add column voided_by varchar(60);
alter table lesion_aud add column void_reason varchar(2000);

alter table clinical_case add column revision_note varchar(2000);
alter table clinical_case_aud add column revision_note varchar(2000);
