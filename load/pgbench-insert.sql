-- pgbench custom script: one single-row insert per transaction, the database's commit ceiling.
insert into pgbench_commit_ceiling (payload, created_at) values (md5(random()::text), now());
