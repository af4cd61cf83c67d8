-- Delegation: pieces of work, the decision on each (whom the executive chose and why), and a
-- snapshot of every candidate as the advisor showed them at that moment, so that the history and
-- the comfort-bias analysis never change when someone's profile changes later.
create table work_items (
  id                   uuid primary key,
  executive_id         uuid not null references people (id),
  organisation_id      uuid not null references organisations (id),
  title                varchar(200) not null,
  description          varchar(4000) not null,
  criticality          varchar(20) not null,
  demand_people        double precision not null,
  demand_performance   double precision not null,
  demand_process       double precision not null,
  skills               varchar(500) not null,
  due_on               date,
  created_at           timestamp with time zone not null,
  decided_on           date,
  chosen_id            uuid,
  chosen_name          varchar(200),
  chosen_why           varchar(2000),
  executive_people     double precision,
  executive_performance double precision,
  executive_process    double precision,
  outcome              integer,
  outcome_note         varchar(2000),
  outcome_rated_at     timestamp with time zone
);
create index work_items_executive_ix on work_items (executive_id);

create table work_candidates (
  work_id              uuid not null references work_items (id),
  idx                  integer not null,
  person_id            uuid not null,
  name                 varchar(200) not null,
  source               varchar(20) not null,
  confidence           double precision not null,
  going_people         double precision not null,
  going_performance    double precision not null,
  going_process        double precision not null,
  conflict_people      double precision not null,
  conflict_performance double precision not null,
  conflict_process     double precision not null,
  fit                  double precision not null,
  ranked               integer not null,
  reason               varchar(1000) not null,
  considered           boolean not null,
  primary key (work_id, idx)
);
