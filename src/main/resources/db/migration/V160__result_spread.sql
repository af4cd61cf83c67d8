-- Every result keeps the spread of its answers in each part, from which its measurement error is
-- computed (docs/psychometrics.md §6): the sample variances, over the part's items, of the points
-- given to the People ending and to the Performance ending, and their covariance. Process needs no
-- column: an item's three points always add up to 10. Null only if a result's answers were ever
-- lost; such a result is shown without a region and says that its precision is not known.
alter table profile_results add column going_well_spread_people double precision;
alter table profile_results add column going_well_spread_performance double precision;
alter table profile_results add column going_well_spread_cross double precision;
alter table profile_results add column conflict_spread_people double precision;
alter table profile_results add column conflict_spread_performance double precision;
alter table profile_results add column conflict_spread_cross double precision;

-- Results stored before this version are computed from their stored answers. They are all on item
-- bank v1, whose going-well items are GW01 to GW12 and whose conflict items are CF01 to CF12.
update profile_results set
  going_well_spread_people = (
    select var_samp(a.people) from inventory_answers a
    where a.response_id = profile_results.response_id and a.item_id like 'GW%'),
  going_well_spread_performance = (
    select var_samp(a.performance) from inventory_answers a
    where a.response_id = profile_results.response_id and a.item_id like 'GW%'),
  going_well_spread_cross = (
    select covar_samp(a.people, a.performance) from inventory_answers a
    where a.response_id = profile_results.response_id and a.item_id like 'GW%'),
  conflict_spread_people = (
    select var_samp(a.people) from inventory_answers a
    where a.response_id = profile_results.response_id and a.item_id like 'CF%'),
  conflict_spread_performance = (
    select var_samp(a.performance) from inventory_answers a
    where a.response_id = profile_results.response_id and a.item_id like 'CF%'),
  conflict_spread_cross = (
    select covar_samp(a.people, a.performance) from inventory_answers a
    where a.response_id = profile_results.response_id and a.item_id like 'CF%')
where bank_version = 'v1';
