-- What the reporter knows about an adverse event besides term and grade (outcomes.md 4.13): interventions it needed
-- and the hospital stay. Attribution and outcome already have columns (set at report, confirmed at review).
-- Interventions are the codes of org.ablationpath.safety.Intervention, comma separated in the order given.
alter table adverse_event
    add column interventions    varchar(300),
    add column hospitalized     boolean,
    add column admission_date   date,
    add column discharge_date   date,
    add constraint adverse_event_discharge_after_admission check (discharge_date is null or admission_date is null
        or discharge_date >= admission_date);

alter table adverse_event_aud
    add column interventions    varchar(300),
    add column hospitalized     boolean,
    add column admission_date   date,
    add column discharge_date   date;
