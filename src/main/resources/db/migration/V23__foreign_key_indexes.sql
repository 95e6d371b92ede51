-- Every foreign key the application looks rows up by gets an index leading with it (ForeignKeyIndexesTest keeps it
-- so). The case page asked "has this checklist's procedure been recorded?" by procedure_session.checklist_id without
-- one: a sequential scan, 7 ms of PostgreSQL per page on the 100,000-patient load data (issue 9). The others are
-- lookups by patient, meeting, decision and visit that were equally unindexed. Not indexed on purpose: center_id
-- (a handful of centers, lists filter by it together with an indexed column, and centers are never deleted) and the
-- audit tables' rev (Envers reads them by id and rev through the primary key).
create index procedure_session_checklist on procedure_session (checklist_id);
create index clinical_case_patient on clinical_case (patient_id);
create index lesion_patient on lesion (patient_id);
create index lab_panel_patient on lab_panel (patient_id);
create index registry_case_patient on registry_case (patient_id);
create index board_decision_meeting on board_decision (meeting_id);
create index board_decision_evaluation on board_decision (evaluation_id);
create index agenda_item_decision on agenda_item (decision_id);
create index case_nomination_meeting on case_nomination (meeting_id);
create index subsequent_treatment_decision on subsequent_treatment (decision_id);
create index follow_up_disease_event_visit on follow_up_disease_event (visit_id);
