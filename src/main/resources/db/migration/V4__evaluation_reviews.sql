-- Physicians' accept/override answers to stored recommendations (issue 3). Append-only like the audit tables:
-- a changed mind is a new row, the newest review of an evaluation counts.
create table evaluation_review (
    id              uuid           primary key,
    evaluation_id   uuid           not null references rule_evaluation (id),
    case_id         uuid           not null,
    decision        varchar(10)    not null check (decision in ('ACCEPT', 'OVERRIDE')),
    -- a local list of codes from configuration (ablationpath.rules.override-reasons): pathway.md publishes none
    reason_code     varchar(60),
    comment         varchar(4000),
    rule_ids        jsonb          not null,
    final_status    varchar(20)    not null,
    rules_version   varchar(80)    not null,
    reviewed_by     varchar(60)    not null,
    reviewed_at     timestamptz    not null,
    constraint evaluation_review_override_reason
        check (decision = 'ACCEPT' or (reason_code is not null and char_length(comment) >= 20))
);
create index evaluation_review_case on evaluation_review (case_id, reviewed_at desc);
create index evaluation_review_evaluation on evaluation_review (evaluation_id, reviewed_at desc);

create function forbid_evaluation_review_change() returns trigger language plpgsql as $$
begin
    raise exception 'evaluation reviews are append-only (% on %)', tg_op, tg_table_name;
end;
$$;
create trigger evaluation_review_append_only before update or delete on evaluation_review
    for each row execute function forbid_evaluation_review_change();
create trigger evaluation_review_no_truncate before truncate on evaluation_review
    for each statement execute function forbid_evaluation_review_change();
