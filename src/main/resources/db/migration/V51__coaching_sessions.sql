-- Coaching sessions: when and where, the invitation's sequence number, shared and coach-private notes.
create table coaching_sessions (
  id             uuid primary key,
  version        bigint not null,
  engagement_id  uuid not null references engagements (id),
  starts_at      timestamp with time zone not null,
  time_zone      varchar(64) not null,
  minutes        integer not null,
  location       varchar(300),
  video_link     varchar(500),
  agenda         varchar(4000),
  status         varchar(20) not null,
  sequence       integer not null,
  shared_notes   text,
  private_notes  text,
  created_at     timestamp with time zone not null
);
create index coaching_sessions_engagement_ix on coaching_sessions (engagement_id);

-- A follow-up action remembers the session it came from.
alter table actions add column session_id uuid references coaching_sessions (id);
