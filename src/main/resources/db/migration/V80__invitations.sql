-- An executive's invitation to a colleague to take the inventory and, if they choose, share the
-- result. The link itself is a one-time link (identity); invitation_links ties each link sent for
-- an invitation (the first mail and every reminder) to it. open_key holds "inviter:invitee" while
-- the invitation is open and is null otherwise, so that a unique index allows one open invitation
-- per pair on PostgreSQL and H2 alike (both allow many nulls in a unique index).
create table invitations (
  id               uuid primary key,
  organisation_id  uuid not null references organisations (id),
  inviter_id       uuid not null references people (id),
  invitee_id       uuid not null references people (id),
  note             varchar(1000),
  sent_at          timestamp with time zone not null,
  expires_at       timestamp with time zone not null,
  reminders_sent   integer not null,
  last_reminded_at timestamp with time zone,
  answered_at      timestamp with time zone,
  decided_at       timestamp with time zone,
  withdrawn_at     timestamp with time zone,
  open_key         varchar(80)
);
create unique index invitations_open_ux on invitations (open_key);
create index invitations_inviter_ix on invitations (inviter_id);
create index invitations_invitee_ix on invitations (invitee_id);

create table invitation_links (
  link_id        uuid primary key,
  invitation_id  uuid not null references invitations (id)
);
create index invitation_links_invitation_ix on invitation_links (invitation_id);
