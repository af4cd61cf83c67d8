-- Withdrawn consent reaches the delegation record (issue 14 §6). When a colleague stops sharing
-- their result with an executive, the colleague's snapshots in that executive's decisions lose the
-- scores, the fit and the reason (which quotes the scores); they keep whom the executive weighed
-- and chose, the rank, and whether the colleague was motivated like the executive at the time of
-- the decision, which the comfort-bias analysis counts (docs/comfort-bias.md).
alter table work_candidates add column alike boolean;
alter table work_candidates add column withdrawn_at timestamp with time zone;
alter table work_candidates alter column going_people drop not null;
alter table work_candidates alter column going_performance drop not null;
alter table work_candidates alter column going_process drop not null;
alter table work_candidates alter column conflict_people drop not null;
alter table work_candidates alter column conflict_performance drop not null;
alter table work_candidates alter column conflict_process drop not null;
alter table work_candidates alter column fit drop not null;
alter table work_candidates alter column reason drop not null;

-- "Motivated like the executive", as the analysis defines it: the same strongest drive (exact ties
-- to the drive named first: People, Performance, Process) or less than 20 points apart. Judged
-- against the executive's scores kept with the decision, else against his latest result.
update work_candidates set alike = (
  select case
    when (case when c.going_people >= c.going_performance and c.going_people >= c.going_process
               then 1 when c.going_performance >= c.going_process then 2 else 3 end)
       = (case when x.people >= x.performance and x.people >= x.process
               then 1 when x.performance >= x.process then 2 else 3 end)
      or sqrt((c.going_people - x.people) * (c.going_people - x.people)
            + (c.going_performance - x.performance) * (c.going_performance - x.performance)
            + (c.going_process - x.process) * (c.going_process - x.process)) < 20
    then true else false end
  from work_candidates c
  join (
    select w.id,
           coalesce(w.executive_people, (select r.going_well_people from profile_results r
              where r.person_id = w.executive_id order by r.completed_at desc limit 1)) as people,
           coalesce(w.executive_performance, (select r.going_well_performance from profile_results r
              where r.person_id = w.executive_id order by r.completed_at desc limit 1)) as performance,
           coalesce(w.executive_process, (select r.going_well_process from profile_results r
              where r.person_id = w.executive_id order by r.completed_at desc limit 1)) as process
    from work_items w
  ) x on x.id = c.work_id
  where c.work_id = work_candidates.work_id and c.idx = work_candidates.idx
    and x.people is not null
);

-- Consent withdrawn before this change is withdrawn from the record too: a colleague's own result
-- in a decision of an executive they no longer share it with.
update work_candidates set
  going_people = null, going_performance = null, going_process = null,
  conflict_people = null, conflict_performance = null, conflict_process = null,
  fit = null, reason = null, withdrawn_at = current_timestamp
where source = 'SELF'
  and not exists (
    select 1 from work_items w join profile_shares s
      on s.owner_id = work_candidates.person_id and s.viewer_id = w.executive_id
    where w.id = work_candidates.work_id and s.revoked_at is null);
