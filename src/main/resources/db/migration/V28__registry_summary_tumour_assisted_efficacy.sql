-- outcomes.md OUT-04 (tumour level): the dashboard's cumulative assisted technique efficacy counts tumours, like
-- technical success (OUT-01) and primary technique efficacy (OUT-03), which already have tumour sums in V20. The new
-- sum is filled from the stored rows with the definition of SummarySql, one registry_summary row per bucket.
alter table registry_summary add column tumour_assisted_efficacy bigint not null default 0;

update registry_summary s set tumour_assisted_efficacy = x.assisted
from (select p.center_id, p.organ, p.histology, p.modality, p.intent,
             count(*) filter (where t.technique_efficacy in ('COMPLETE', 'INCOMPLETE')
                              and (t.primary_efficacy or t.assisted_efficacy)) as assisted
      from outcome_tumour t join outcome_patient p on p.case_id = t.case_id
      group by p.center_id, p.organ, p.histology, p.modality, p.intent) x
where s.center_id = x.center_id and s.organ is not distinct from x.organ and s.histology is not distinct from x.histology
  and s.modality is not distinct from x.modality and s.intent is not distinct from x.intent;
