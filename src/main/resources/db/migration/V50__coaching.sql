-- Coaching engagements: the agreement, goals with attainment levels, actions and the journal.
create table engagements (
  id                    uuid primary key,
  version               bigint not null,
  organisation_id       uuid not null references organisations (id),
  executive_id          uuid not null references people (id),
  coach_id              uuid not null references people (id),
  starts_on             date not null,
  ends_on               date not null,
  status                varchar(20) not null,
  manager_shown_alone   boolean not null,
  agreement_accepted_at timestamp with time zone,
  created_at            timestamp with time zone not null
);
create index engagements_executive_ix on engagements (executive_id);
create index engagements_coach_ix on engagements (coach_id);

create table engagement_sponsors (
  engagement_id  uuid not null references engagements (id),
  sponsor_id     uuid not null references people (id),
  primary key (engagement_id, sponsor_id)
);
create index engagement_sponsors_sponsor_ix on engagement_sponsors (sponsor_id);

create table goals (
  id             uuid primary key,
  version        bigint not null,
  engagement_id  uuid not null references engagements (id),
  title          varchar(200) not null,
  level_minus2   varchar(500) not null,
  level_minus1   varchar(500) not null,
  level0         varchar(500) not null,
  level_plus1    varchar(500) not null,
  level_plus2    varchar(500) not null,
  created_at     timestamp with time zone not null
);
create index goals_engagement_ix on goals (engagement_id);

create table goal_scores (
  goal_id    uuid not null references goals (id),
  idx        integer not null,
  level      integer not null,
  note       varchar(1000),
  scored_at  timestamp with time zone not null,
  primary key (goal_id, idx)
);

create table actions (
  id             uuid primary key,
  version        bigint not null,
  engagement_id  uuid not null references engagements (id),
  title          varchar(300) not null,
  due_on         date,
  status         varchar(20) not null,
  created_at     timestamp with time zone not null
);
create index actions_engagement_ix on actions (engagement_id);

create table journal_entries (
  id                 uuid primary key,
  engagement_id      uuid not null references engagements (id),
  body               text not null,
  shared_with_coach  boolean not null,
  created_at         timestamp with time zone not null
);
create index journal_entries_engagement_ix on journal_entries (engagement_id);
