-- An executive's key relationships (the relationship map), one row per colleague on the map.
create table relationship_entries (
  executive_id   uuid not null references people (id),
  person_id      uuid not null references people (id),
  importance     integer not null,
  frequency      varchar(30) not null,
  ease           integer not null,
  effectiveness  integer not null,
  notes          varchar(2000) not null,
  added_at       timestamp with time zone not null,
  changed_at     timestamp with time zone not null,
  primary key (executive_id, person_id)
);

-- Whether the executive lets their coach see the map (read only). No row means private.
create table relationship_map_sharing (
  executive_id       uuid primary key references people (id),
  shared_with_coach  boolean not null,
  changed_at         timestamp with time zone not null
);

-- One observer's estimate of a colleague's profile. A new estimate of the same colleague by the
-- same estimator is a new row, so that calibration can follow an estimator over time; the latest
-- one counts. for_executive_id is set when a coach estimates a client's colleague for that client.
create table observer_estimates (
  id                    uuid primary key,
  estimator_id          uuid not null references people (id),
  subject_id            uuid not null references people (id),
  for_executive_id      uuid references people (id),
  version               varchar(10) not null,
  answers               varchar(2000) not null,
  known_for             varchar(40) not null,
  closeness             varchar(20) not null,
  settings              varchar(200) not null,
  well_people           double precision not null,
  well_performance      double precision not null,
  well_process          double precision not null,
  conflict_people       double precision not null,
  conflict_performance  double precision not null,
  conflict_process      double precision not null,
  confidence            double precision not null,
  shared_with_coach     boolean not null,
  estimated_at          timestamp with time zone not null
);
create index observer_estimates_subject_ix on observer_estimates (subject_id);
create index observer_estimates_estimator_ix on observer_estimates (estimator_id);

-- Named teams of an executive: sets of people of their organisation.
create table teams (
  id            uuid primary key,
  executive_id  uuid not null references people (id),
  name          varchar(120) not null,
  created_at    timestamp with time zone not null
);
create index teams_executive_ix on teams (executive_id);

create table team_members (
  team_id    uuid not null references teams (id) on delete cascade,
  person_id  uuid not null references people (id),
  primary key (team_id, person_id)
);
