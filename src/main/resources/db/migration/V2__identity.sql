-- Sign-in credentials, one-time links (password reset, invitation to join) and API tokens.
create table credentials (
  person_id         uuid primary key references people (id),
  password_hash     varchar(200) not null,
  failed_sign_ins   integer not null,
  locked_until      timestamp with time zone,
  updated_at        timestamp with time zone not null
);

create table one_time_links (
  id           uuid primary key,
  person_id    uuid not null references people (id),
  purpose      varchar(20) not null,
  token_hash   varchar(64) not null,
  expires_at   timestamp with time zone not null,
  used_at      timestamp with time zone,
  created_at   timestamp with time zone not null
);
create unique index one_time_links_hash_ux on one_time_links (token_hash);

create table api_tokens (
  id            uuid primary key,
  person_id     uuid not null references people (id),
  name          varchar(100) not null,
  token_hash    varchar(64) not null,
  created_at    timestamp with time zone not null,
  last_used_at  timestamp with time zone,
  revoked_at    timestamp with time zone
);
create unique index api_tokens_hash_ux on api_tokens (token_hash);
create index api_tokens_person_ix on api_tokens (person_id);

-- Spring Session JDBC (sessions live in the database so that any instance can serve any user).
create table spring_session (
  primary_id            char(36) not null,
  session_id            char(36) not null,
  creation_time         bigint not null,
  last_access_time      bigint not null,
  max_inactive_interval int not null,
  expiry_time           bigint not null,
  principal_name        varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36) not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id)
    references spring_session (primary_id) on delete cascade
);
