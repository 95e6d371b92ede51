-- Deviations from the path (pathway.md 7.1: a breached timer needs a reason; decisions not implemented, missed
-- visits and response imaging): recorded by the pathway when they happen, the coded reason given later by a person.
create table pathway_deviation (
    id           uuid          primary key,
    case_id      uuid          not null references clinical_case (id),
    center_id    varchar(20)   not null references center (id),
    code         varchar(40)   not null,
    occurred_at  timestamptz   not null,
    reason_code  varchar(40),
    reason_note  varchar(2000),
    reason_by    varchar(60),
    reason_at    timestamptz,
    version      bigint        not null default 0
);
create index pathway_deviation_case on pathway_deviation (case_id, occurred_at);

create table pathway_deviation_aud (
    id           uuid          not null,
    rev          bigint        not null references audit_revision (id),
    revtype      smallint,
    case_id      uuid,
    center_id    varchar(20),
    code         varchar(40),
    occurred_at  timestamptz,
    reason_code  varchar(40),
    reason_note  varchar(2000),
    reason_by    varchar(60),
    reason_at    timestamptz,
    primary key (id, rev)
);
create trigger pathway_deviation_aud_append_only before update or delete on pathway_deviation_aud
    for each row execute function forbid_audit_change();
create trigger pathway_deviation_aud_no_truncate before truncate on pathway_deviation_aud
    for each statement execute function forbid_audit_change();
