-- A visit the operator planned by hand for an indication without a published schedule (pathway.md 7.4 and section 8:
-- no END-04 without an organ schedule; the "Decide the follow-up: no schedule for this indication" task). Such a visit
-- has schedule_id 'MANUAL' and is flagged here, so that no schedule recompute touches it.
alter table follow_up_visit add column manually_planned boolean not null default false;
alter table follow_up_visit_aud add column manually_planned boolean;
