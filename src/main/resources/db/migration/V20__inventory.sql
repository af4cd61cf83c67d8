-- The inventory: one response per attempt, its answers saved one item at a time, and the result
-- written when the response is completed. Only the inventory module reads these tables; other
-- modules use its Profiles bean.

create table inventory_responses (
  id            uuid primary key,
  person_id     uuid not null references people (id),
  bank_version  varchar(20) not null,
  -- seeds the per-respondent order of endings, so the order is random but stable on every device
  order_seed    bigint not null,
  started_at    timestamp with time zone not null,
  completed_at  timestamp with time zone
);
create index inventory_responses_person_ix on inventory_responses (person_id);

-- Points by drive; the item's endings map to drives through the (immutable) bank version.
create table inventory_answers (
  response_id  uuid not null references inventory_responses (id) on delete cascade,
  item_id      varchar(40) not null,
  people       integer not null,
  performance  integer not null,
  process      integer not null,
  answered_at  timestamp with time zone not null,
  primary key (response_id, item_id),
  constraint inventory_answers_points_ck check (
    people >= 0 and performance >= 0 and process >= 0 and people + performance + process = 10)
);

create table profile_results (
  id                      uuid primary key,
  response_id             uuid not null references inventory_responses (id),
  person_id               uuid not null references people (id),
  bank_version            varchar(20) not null,
  going_well_people       double precision not null,
  going_well_performance  double precision not null,
  going_well_process      double precision not null,
  conflict_people         double precision not null,
  conflict_performance    double precision not null,
  conflict_process        double precision not null,
  completed_at            timestamp with time zone not null
);
create unique index profile_results_response_ux on profile_results (response_id);
create index profile_results_person_ix on profile_results (person_id, completed_at);
