-- Registry exchange (outcomes.exchange): cases imported retrospectively keep the follow-up block of their case
-- document (sessions, imaging, visits, adverse events, vital status) here, validated, next to the case the referral
-- module stored; and the registry's pseudonym key for exports.
create table registry_case (
    case_id                uuid          primary key references clinical_case (id),
    center_id              varchar(20)   not null references center (id),
    patient_id             uuid          not null references patient (id),
    -- the followUp block of the imported case document, as validated (contracts/case-evaluation.md)
    follow_up              jsonb         not null,
    as_of_date             date,
    evaluation_id          uuid          not null,
    created_at             timestamptz   not null,
    created_by             varchar(60)   not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(60)   not null,
    version                bigint        not null default 0
);
create index registry_case_center on registry_case (center_id);

create table registry_case_aud (
    case_id                uuid          not null,
    rev                    bigint        not null references audit_revision (id),
    revtype                smallint,
    center_id              varchar(20),
    patient_id             uuid,
    follow_up              jsonb,
    as_of_date             date,
    evaluation_id          uuid,
    created_at             timestamptz,
    created_by             varchar(60),
    updated_at             timestamptz,
    updated_by             varchar(60),
    primary key (case_id, rev)
);
create trigger registry_case_aud_append_only before update or delete on registry_case_aud
    for each row execute function forbid_audit_change();
create trigger registry_case_aud_no_truncate before truncate on registry_case_aud
    for each statement execute function forbid_audit_change();

-- One secret per registry: export pseudonyms are HMAC-SHA-256 of internal ids under it, stable across exports
-- (entity files of different days join), and not reversible without the database.
create table registry_export_key (
    id                     smallint      primary key check (id = 1),
    secret                 bytea         not null,
    created_at             timestamptz   not null
);
