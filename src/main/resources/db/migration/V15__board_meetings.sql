-- Tumour board meetings (issue 6; pathway.md STG-04/STG-11 and section 6.1, outcomes.md 4.8 MdtMeeting):
-- boards per center (optionally per organ), their meetings, the agenda of each meeting, attendance by specialty,
-- the nomination check results the referrer sees, and what a decision taken in a meeting records.

create table board (
    id                 uuid          primary key,
    center_id          varchar(20)   not null references center (id),
    name               varchar(120)  not null,
    -- null: every organ of the center
    organ              varchar(20),
    -- recurring meeting slot (the day a new series of meetings falls on)
    meeting_day        varchar(10)   not null,
    meeting_time       time          not null,
    -- null: ablationpath.board.quorum.<ORGAN> (pathway.md 6.1); else comma separated requirements, '|' for alternatives
    quorum_policy      varchar(1000),
    created_at         timestamptz   not null,
    created_by         varchar(60)   not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(60)   not null,
    version            bigint        not null default 0,
    unique (center_id, name)
);

create table board_meeting (
    id                 uuid          primary key,
    board_id           uuid          not null references board (id),
    center_id          varchar(20)   not null references center (id),
    meeting_date       date          not null,
    meeting_time       time          not null,
    status             varchar(20)   not null,
    finalized_at       timestamptz,
    finalized_by       varchar(60),
    created_at         timestamptz   not null,
    created_by         varchar(60)   not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(60)   not null,
    version            bigint        not null default 0,
    unique (board_id, meeting_date)
);
create index board_meeting_center on board_meeting (center_id, meeting_date);

create table agenda_item (
    id                       uuid          primary key,
    meeting_id               uuid          not null references board_meeting (id),
    center_id                varchar(20)   not null references center (id),
    case_id                  uuid          not null,
    task_id                  varchar(64)   not null,
    review_kind              varchar(30)   not null,
    urgency                  varchar(10),
    waiting_since            timestamptz   not null,
    position                 integer       not null,
    status                   varchar(20)   not null,
    added_reason             varchar(2000),
    defer_reason             varchar(2000),
    quorum_exception_reason  varchar(2000),
    quorum_exception_by      varchar(60),
    decision_id              uuid          references board_decision (id),
    created_at               timestamptz   not null,
    created_by               varchar(60)   not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(60)   not null,
    version                  bigint        not null default 0,
    unique (meeting_id, case_id)
);
create index agenda_item_meeting on agenda_item (meeting_id, position);
create index agenda_item_task on agenda_item (task_id, status);

create table meeting_attendance (
    id                 uuid          primary key,
    meeting_id         uuid          not null references board_meeting (id),
    attendee_name      varchar(120)  not null,
    username           varchar(60),
    specialty          varchar(40)   not null,
    present            boolean       not null,
    created_at         timestamptz   not null,
    created_by         varchar(60)   not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(60)   not null,
    version            bigint        not null default 0
);
create index meeting_attendance_meeting on meeting_attendance (meeting_id);

-- the last nomination check of a case, for the referrer ('My referrals')
create table case_nomination (
    case_id            uuid          primary key,
    center_id          varchar(20)   not null references center (id),
    meeting_id         uuid          references board_meeting (id),
    complete           boolean       not null,
    problems           varchar(4000),
    checked_at         timestamptz   not null,
    checked_by         varchar(60)   not null
);

alter table board_decision add column meeting_id uuid references board_meeting (id);
alter table board_decision add column attendees varchar(4000);
alter table board_decision add column quorate boolean;
alter table board_decision add column provisional boolean not null default false;
alter table board_decision add column quorum_exception_reason varchar(2000);
alter table board_decision add column target_lesions varchar(1000);
alter table board_decision add column planned_modality varchar(10);
alter table board_decision_aud add column meeting_id uuid;
alter table board_decision_aud add column attendees varchar(4000);
alter table board_decision_aud add column quorate boolean;
alter table board_decision_aud add column provisional boolean;
alter table board_decision_aud add column quorum_exception_reason varchar(2000);
alter table board_decision_aud add column target_lesions varchar(1000);
alter table board_decision_aud add column planned_modality varchar(10);

create table board_aud (
    id uuid not null, rev bigint not null references audit_revision (id), revtype smallint,
    center_id varchar(20), name varchar(120), organ varchar(20), meeting_day varchar(10), meeting_time time,
    quorum_policy varchar(1000), created_at timestamptz, created_by varchar(60), updated_at timestamptz,
    updated_by varchar(60), primary key (id, rev)
);
create table board_meeting_aud (
    id uuid not null, rev bigint not null references audit_revision (id), revtype smallint,
    board_id uuid, center_id varchar(20), meeting_date date, meeting_time time, status varchar(20),
    finalized_at timestamptz, finalized_by varchar(60), created_at timestamptz, created_by varchar(60),
    updated_at timestamptz, updated_by varchar(60), primary key (id, rev)
);
create table agenda_item_aud (
    id uuid not null, rev bigint not null references audit_revision (id), revtype smallint,
    meeting_id uuid, center_id varchar(20), case_id uuid, task_id varchar(64), review_kind varchar(30),
    urgency varchar(10), waiting_since timestamptz, position integer, status varchar(20), added_reason varchar(2000),
    defer_reason varchar(2000), quorum_exception_reason varchar(2000), quorum_exception_by varchar(60),
    decision_id uuid, created_at timestamptz, created_by varchar(60), updated_at timestamptz, updated_by varchar(60),
    primary key (id, rev)
);
create table meeting_attendance_aud (
    id uuid not null, rev bigint not null references audit_revision (id), revtype smallint,
    meeting_id uuid, attendee_name varchar(120), username varchar(60), specialty varchar(40), present boolean,
    created_at timestamptz, created_by varchar(60), updated_at timestamptz, updated_by varchar(60),
    primary key (id, rev)
);
do $$
declare t text;
begin
    foreach t in array array['board_aud', 'board_meeting_aud', 'agenda_item_aud', 'meeting_attendance_aud'] loop
        execute format('create trigger %I before update or delete on %I for each row execute function forbid_audit_change()',
                       t || '_append_only', t);
        execute format('create trigger %I before truncate on %I for each statement execute function forbid_audit_change()',
                       t || '_no_truncate', t);
    end loop;
end $$;

-- 'My referrals': the cases a physician referred
create index clinical_case_referrer on clinical_case (referring_physician, created_at desc);
