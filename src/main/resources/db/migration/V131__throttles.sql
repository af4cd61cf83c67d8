-- Counters of attempts (sign-ins; requests for a link by mail) per key: an account, a client
-- address, or both. The key is stored hashed (SHA-256): no e-mail or client address in clear. The
-- counters live here rather than in memory so that every instance sees the same ones.
create table throttles (
  key_hash       varchar(64) primary key,
  hits           integer not null,
  window_start   timestamp with time zone not null,
  last_hit_at    timestamp with time zone not null,
  blocked_until  timestamp with time zone
);
create index throttles_last_hit_ix on throttles (last_hit_at);

-- Throttling replaces V2's lock-out: a lock after five failures kept the owner out as well.
alter table credentials drop column failed_sign_ins;
alter table credentials drop column locked_until;
