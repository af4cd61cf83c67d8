-- At most one response in progress per person, enforced by the database: two "start" clicks at the
-- same moment (or two devices) must resume one response, never split the answers over two.
-- open_for holds the person while the response is in progress and is cleared on submission; a
-- unique index allows any number of NULLs, on PostgreSQL and H2 alike.
alter table inventory_responses add column open_for uuid;
update inventory_responses set open_for = person_id
 where completed_at is null
   and started_at = (select max(r2.started_at) from inventory_responses r2
                      where r2.person_id = inventory_responses.person_id
                        and r2.completed_at is null);
create unique index inventory_responses_open_ux on inventory_responses (open_for);
