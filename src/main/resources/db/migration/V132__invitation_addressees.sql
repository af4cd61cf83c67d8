-- An invitation to an address that belongs to someone the inviter may not invite (another
-- organisation's person, a sponsor, a coach): it is kept and listed like any other, under the name
-- the inviter typed and a made-up person id, so that inviting cannot tell anyone who has an account.
-- invitee_id is the address's real owner, to whom a mail without a link goes; null here means an
-- ordinary invitation.
alter table invitations add column addressee_id uuid;
alter table invitations add column addressee_name varchar(200);
