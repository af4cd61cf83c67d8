-- A person's decision to let one other person see their inventory result. Revoking keeps the row
-- (with revoked_at) so that the owner can see what they shared and when; sharing again clears it.
create table profile_shares (
  owner_id    uuid not null references people (id),
  viewer_id   uuid not null references people (id),
  shared_at   timestamp with time zone not null,
  revoked_at  timestamp with time zone,
  primary key (owner_id, viewer_id)
);
create index profile_shares_viewer_ix on profile_shares (viewer_id);
