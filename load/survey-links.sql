-- Answer links for the survey-submission benchmark (load/bench.sh): a wave of the given engagement
-- as if sent to :n stakeholders, with one answer link each. A wave's e-mails carry its links and
-- the database keeps only their hashes, so the script mints them here, the same way: the token is
-- 'ld' || md5(wave || 'token' || n), stored as its SHA-256 in hex. Reminders count as sent, so no
-- mail goes out to these addresses. load/survey-links-drop.sql removes all of it afterwards.
-- psql variables: eng (engagement id), wave (a new uuid), n (how many links).
insert into survey_waves (id, engagement_id, number, due_on, sent_at, closes_at, reminders_sent, created_at)
values (:'wave', :'eng',
        (select coalesce(max(number), 0) + 1 from survey_waves where engagement_id = :'eng'),
        current_date, now(), now() + interval '14 days', 2, now());
insert into survey_stakeholders (id, engagement_id, name, email, rater_group, created_at)
select md5(:'wave' || g)::uuid, :'eng', 'Load stakeholder ' || g,
       'load-' || g || '-' || left(:'wave', 8) || '@load.example', 'PEER', now()
from generate_series(1, :n) g;
insert into survey_invitations (wave_id, stakeholder_id, rater_group)
select :'wave', md5(:'wave' || g)::uuid, 'PEER' from generate_series(1, :n) g;
insert into survey_links (token_hash, wave_id, stakeholder_id)
select encode(sha256(convert_to('ld' || md5(:'wave' || 'token' || g), 'UTF8')), 'hex'), :'wave',
       md5(:'wave' || g)::uuid
from generate_series(1, :n) g;
