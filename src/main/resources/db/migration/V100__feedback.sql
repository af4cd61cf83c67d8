-- Stakeholder mini-surveys. Who was asked and whether they answered (survey_invitations,
-- survey_links) is kept apart from what was answered (survey_answers, survey_scores): an answer
-- row carries the wave and the rater group, never the stakeholder, and no time.

create table survey_stakeholders (
  id uuid primary key,
  engagement_id uuid not null,
  name varchar(200) not null,
  email varchar(320) not null,
  rater_group varchar(20) not null,
  created_at timestamp with time zone not null,
  constraint survey_stakeholders_email unique (engagement_id, email)
);
create index survey_stakeholders_engagement on survey_stakeholders (engagement_id);

create table survey_waves (
  id uuid primary key,
  engagement_id uuid not null,
  number integer not null,
  due_on date not null,
  sent_at timestamp with time zone,
  closes_at timestamp with time zone,
  reminders_sent integer not null default 0,
  created_at timestamp with time zone not null,
  constraint survey_waves_number unique (engagement_id, number)
);
create index survey_waves_due on survey_waves (sent_at, due_on);

create table survey_invitations (
  wave_id uuid not null,
  stakeholder_id uuid not null,
  rater_group varchar(20) not null,
  answered boolean not null default false,
  primary key (wave_id, stakeholder_id)
);

-- One row per link sent (the wave's e-mail and each reminder); only the hash of the token.
create table survey_links (
  token_hash varchar(64) primary key,
  wave_id uuid not null,
  stakeholder_id uuid not null
);
create index survey_links_invitation on survey_links (wave_id, stakeholder_id);

create table survey_answers (
  id uuid primary key,
  wave_id uuid not null,
  rater_group varchar(20) not null,
  follow_up varchar(20),
  suggestion varchar(500)
);
create index survey_answers_wave on survey_answers (wave_id);

-- A goal answered "don't know" has no row.
create table survey_scores (
  answer_id uuid not null,
  goal_id uuid not null,
  score integer not null,
  primary key (answer_id, goal_id)
);

create table survey_follow_ups (
  id uuid primary key,
  engagement_id uuid not null,
  held_on date not null,
  with_whom varchar(200) not null,
  rater_group varchar(20),
  note varchar(2000),
  created_at timestamp with time zone not null
);
create index survey_follow_ups_engagement on survey_follow_ups (engagement_id);
