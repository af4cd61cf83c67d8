-- A wave's results are released once, when it closes, and never change afterwards
-- (docs/survey-privacy.md, "Release once"). Until then an answer is held sealed; at the release
-- the held answers of the wave are opened, aggregated under the privacy rules and deleted, so that
-- no individual answer is stored in the clear, ever.

alter table survey_waves add column released_at timestamp with time zone;

-- The released results of one wave as the aggregator published them (JSON, see Releases.java):
-- the cells that show and, for the others, only why they are withheld. No per-rater data.
create table survey_releases (
  wave_id uuid primary key,
  results text not null
);

-- An answer between its submission and the release of its wave: AES-GCM sealed, padded to one
-- length, under the key named by key_id (never stored here when VELOCITY_SURVEY_KEY is set). The id
-- is random and there is no time, so the rows carry no order of their own.
create table survey_held_answers (
  id uuid primary key,
  wave_id uuid not null,
  key_id varchar(16) not null,
  sealed bytea not null
);
create index survey_held_answers_wave on survey_held_answers (wave_id);

-- The sealing key when none is configured: better than nothing, but a database reader then holds
-- it too (docs/deployment.md says to set VELOCITY_SURVEY_KEY).
create table survey_keys (
  name varchar(20) primary key,
  key_value varchar(100) not null
);

-- The mailbox an address delivers to (lower case, +tag removed, dots removed for Gmail), so that
-- one person is named once however the address is spelt. Null for lists named before this rule;
-- the wave dispatcher checks those lists again before sending.
alter table survey_stakeholders add column mailbox varchar(320);
create unique index survey_stakeholders_mailbox on survey_stakeholders (engagement_id, mailbox);

-- The coach's confirmation of the stakeholder list: the list is confirmed while its fingerprint
-- (the stakeholders as they were then) is the one recorded here; any change needs a new one.
create table survey_confirmations (
  engagement_id uuid primary key,
  list_fingerprint varchar(64) not null,
  confirmed_by uuid not null,
  confirmed_at timestamp with time zone not null
);
