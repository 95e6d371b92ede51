-- outcomes.md QI-11: the override rate counts every MDT decision of a case (decisions departing from the engine
-- status / decisions), not only its first one. The per-case counts are filled from the stored first-decision flag,
-- which keeps the V20 sums equal to the rows; a recompute of all outcomes then counts every decision.
alter table outcome_patient add column board_decisions integer not null default 0;
alter table outcome_patient add column board_discordant integer not null default 0;

update outcome_patient set board_decisions = 1, board_discordant = case when board_concordant then 0 else 1 end
where board_concordant is not null;
