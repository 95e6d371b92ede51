-- ALR-11 / FUP-03 (pathway.md STG-09: the response is assessed on the first CONTRAST imaging): a response visit met
-- inside its window by imaging without contrast is marked, so the case's follow-up shows it and the pathway's watch
-- raises ALR-11 when the window closes without a contrast study. Audited like the rest of follow_up_visit.
alter table follow_up_visit
    add column met_without_contrast boolean not null default false;
alter table follow_up_visit_aud
    add column met_without_contrast boolean;
