-- What a firm admin may read of a mail in the outbox: the sender's preview, with link secrets
-- masked and coaching content left out; null when nothing of the text may be shown (also for every
-- mail kept before this column existed). The body stays for delivery and "send again" only.
-- resent_from ties a mail sent again to the one it repeats.
alter table outbox add column preview text;
alter table outbox add column resent_from uuid;
