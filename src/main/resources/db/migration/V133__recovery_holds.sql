-- An address a firm admin changed gets no reset or sign-in link until its person has signed in
-- with their password (issue 14 §4): otherwise an admin could change a person's address to their
-- own and reset the password.
create table recovery_holds (
  person_id  uuid primary key,
  since      timestamp with time zone not null
);
