-- Cases whose stored outcomes (V16) are to be recomputed: written in the transaction that records the case's event
-- (session, response study, visit, end of follow-up, adverse event, voiding), so a crash after the commit cannot lose
-- the recompute, and read in batches by a worker on each node (ADR 0007). version tells the worker whether the case was
-- queued again while it computed: then the row stays for the next batch. Derived bookkeeping, not audited.
create sequence outcome_recompute_version;
create table outcome_recompute_queue (
    case_id    uuid          primary key,
    version    bigint        not null default nextval('outcome_recompute_version'),
    queued_at  timestamptz   not null default clock_timestamp()
);
create index outcome_recompute_queue_version on outcome_recompute_queue (version);
