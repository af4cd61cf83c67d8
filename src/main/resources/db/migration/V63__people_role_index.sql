-- Coaches and firm admins are looked up by role among tens of thousands of client people (the
-- firm admin's home page and the coaches list): without this index each lookup reads them all.
create index people_role_ix on people (role);
