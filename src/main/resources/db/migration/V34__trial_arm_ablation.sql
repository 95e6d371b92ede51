-- pathway.md section 6: a CLINICAL_TRIAL decision goes to the procedure (STG-05) when the trial treatment is an
-- ablation, else it is tracked as another treatment (STG-13). Null for every other decision and for earlier trials
-- (decided before the question was asked: tracked as another treatment, as they were).
alter table board_decision add column trial_arm_ablation boolean;
alter table board_decision_aud add column trial_arm_ablation boolean;
alter table board_decision add constraint board_decision_trial_arm_only_for_trials
    check (trial_arm_ablation is null or decision_code = 'CLINICAL_TRIAL');
