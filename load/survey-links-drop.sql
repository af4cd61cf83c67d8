-- Removes the benchmark wave of load/survey-links.sql with its answers. psql variable: wave.
delete from survey_scores where answer_id in (select id from survey_answers where wave_id = :'wave');
delete from survey_answers where wave_id = :'wave';
delete from survey_links where wave_id = :'wave';
delete from survey_stakeholders where id in (select stakeholder_id from survey_invitations where wave_id = :'wave');
delete from survey_invitations where wave_id = :'wave';
delete from survey_waves where id = :'wave';
