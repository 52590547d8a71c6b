-- Issue 17 (wip-17s, from wip-17p): an update that arrives for a free conversation while a worker is idle is added and
-- claimed in one statement (PostgresInbox.AddAndClaimAsync) and handed straight to that worker. The claim raises the
-- conversation's generation like any other (the fencing token of 0024_inbox_lease_generation_17r). The lease row names
-- the update whose arrival claimed it, so the statement can tell "claimed by me now" from "already held".
alter table inbox_lease add column if not exists claimed_update bigint;

-- No wake-up for an update claimed on arrival: its worker has it already, and every other server's slots would only
-- ask the database for nothing (one claim statement per update).
create or replace function inbox_notify() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('spbebot.inbox_claimed', true), '') <> 'on' then
        perform pg_notify('spbebot_inbox', '');
    end if;
    return null;
end $$;
