-- Test-retest agreement on the type (issue 15 §3): of the people who retook the inventory within
-- 120 days, the share whose going-well type was the same both times. Null below 30 pairs.
alter table psychometric_snapshots add column retest_same_type double precision;
