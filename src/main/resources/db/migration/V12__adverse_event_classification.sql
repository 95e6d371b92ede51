-- Adverse-event classification (safety.md 2 and 4): the raw facts both CIRSE versions are derived from, the SIR 2017
-- severity as entered, and what the safety rules derived from them, with the rules version that derived it.
alter table adverse_event
    add column solved_within_procedure   boolean,
    add column procedure_succeeded       boolean,
    add column additional_therapy        boolean,
    add column additional_hospital_days  integer      check (additional_hospital_days >= 0),
    add column unplanned_stay_hours      integer      check (unplanned_stay_hours >= 0),
    add column sequelae                  varchar(10)  check (sequelae in ('NONE', 'MILD', 'SEVERE')),
    add column sir2017_severity          varchar(40)  check (sir2017_severity in
        ('MILD', 'MODERATE', 'SEVERE', 'LIFE_THREATENING_OR_DISABLING', 'DEATH')),
    add column day_post_procedure        integer,
    add column timing_category           varchar(20)  check (timing_category in ('IMMEDIATE', 'PERIPROCEDURAL', 'DELAYED')),
    add column cirse2017_grade           integer      check (cirse2017_grade between 1 and 6),
    add column sir2003_class             varchar(1)   check (sir2003_class in ('A', 'B', 'C', 'D', 'E', 'F')),
    add column major_complication        boolean,
    add column serious                   boolean,
    add column derived_expected_side_effect boolean,
    add column safety_rules_version      varchar(80);

alter table adverse_event_aud
    add column solved_within_procedure   boolean,
    add column procedure_succeeded       boolean,
    add column additional_therapy        boolean,
    add column additional_hospital_days  integer,
    add column unplanned_stay_hours      integer,
    add column sequelae                  varchar(10),
    add column sir2017_severity          varchar(40),
    add column day_post_procedure        integer,
    add column timing_category           varchar(20),
    add column cirse2017_grade           integer,
    add column sir2003_class             varchar(1),
    add column major_complication        boolean,
    add column serious                   boolean,
    add column derived_expected_side_effect boolean,
    add column safety_rules_version      varchar(80);
