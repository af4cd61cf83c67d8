-- The coaching firm (one per installation), its client organisations and their people.
create table firm (
  id          integer primary key,
  name        varchar(200) not null,
  created_at  timestamp with time zone not null
);

create table organisations (
  id          uuid primary key,
  version     bigint not null,
  name        varchar(200) not null,
  active      boolean not null,
  created_at  timestamp with time zone not null
);

create table people (
  id               uuid primary key,
  version          bigint not null,
  organisation_id  uuid references organisations (id),
  name             varchar(200) not null,
  email            varchar(320) not null,
  role             varchar(20) not null,
  title            varchar(200),
  coach_id         uuid references people (id),
  active           boolean not null,
  created_at       timestamp with time zone not null
);
create unique index people_email_ux on people (email);
create index people_organisation_ix on people (organisation_id);
create index people_coach_ix on people (coach_id);
