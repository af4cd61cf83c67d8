-- A goal may be tied to one thing: one of the executive's strengths in its overdone form (the
-- strength's id from the catalogue, such as 'decisive') or one person on their relationship map.
alter table goals add column strength varchar(40);
alter table goals add column relationship_person_id uuid references people (id);
