-- Clinical records are voided with a reason, never deleted: a case entered in error is voided and leaves the pathway.
alter table clinical_case add column voided_at timestamptz;
alter table clinical_case add column voided_by varchar(60);
alter table clinical_case add column void_reason varchar(2000);
alter table clinical_case_aud add column voided_at timestamptz;
alter table clinical_case_aud add column voided_by varchar(60);
alter table clinical_case_aud add column void_reason varchar(2000);
