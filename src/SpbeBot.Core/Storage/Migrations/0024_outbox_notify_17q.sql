-- 0024 (issue 17, 17q: a broadcast's first message leaves as soon as its rows are committed).
-- Wakes the outbox sender (LISTEN spbebot_outbox on the connection that holds its channel's lock) when rows are queued:
-- a broadcast, a notice, a reminder. Once per statement, delivered at commit (never for a rolled-back insert). The
-- sender still polls while idle (rows whose not_before comes later, a notification missed while reconnecting).
create function outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('spbebot_outbox', '');
    return null;
end $$;
create trigger outbox_message_notify after insert on outbox_message for each statement execute function outbox_notify();

-- The sender's claim walks the pending rows in id order and stops at its batch: without this index it read and sorted
-- every pending row (a 5,000-recipient broadcast: 14 ms a claim, a claim after nearly every send, 17q).
create index outbox_pending_id on outbox_message (id) where status = 'pending';
