-- A broadcast recipient with no chat account on any channel cannot be reached: the message is marked 'unreachable' at
-- once (and named in the delivery report) instead of staying 'pending' for ever.
alter table outbox_message drop constraint if exists outbox_message_status_check;
alter table outbox_message add constraint outbox_message_status_check
    check (status in ('pending', 'sent', 'failed', 'blocked', 'unreachable'));
