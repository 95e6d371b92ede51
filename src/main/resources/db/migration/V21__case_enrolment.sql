-- safety.md ALR-16: the trial or registry a case is enrolled in and whether its protocol asks for expedited reporting
-- of serious adverse events, and within how many hours (default 24 h per safety.md; 1 h to 30 days).
alter table clinical_case add column enrolled_study varchar(120);
alter table clinical_case add column expedited_reporting boolean not null default false;
alter table clinical_case add column report_within_hours integer not null default 24
    check (report_within_hours between 1 and 720);
alter table clinical_case_aud add column enrolled_study varchar(120);
alter table clinical_case_aud add column expedited_reporting boolean;
alter table clinical_case_aud add column report_within_hours integer;
