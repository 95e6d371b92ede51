-- Two uuid columns rows are looked up by without an index leading with them (ForeignKeyIndexesTest keeps it so; V23
-- did the same for foreign keys). follow_up_visit.grid_id names no table, so V23 missed it: every response assessment
-- read its grid's visits by it (follow-up risk review), a sequential scan of every visit of every patient that grew
-- with the registry (1.5 ms per call at 900 benchmark cases, 104 ms on 100,000 patients). agenda_item.case_id: the
-- board screens ask which cases are already on an agenda.
create index follow_up_visit_grid on follow_up_visit (grid_id, target_date);
create index agenda_item_case on agenda_item (case_id);
