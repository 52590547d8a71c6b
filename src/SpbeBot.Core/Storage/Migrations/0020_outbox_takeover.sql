-- 0020 (issue 17, kill recovery): outbox senders register themselves and beat a heartbeat, so a sender whose heartbeat
-- stopped is provably gone and its leased rows are taken over at once instead of after the 30 s lease. A row records
-- when its send call started (attempted_at): after a crash, a row started but never recorded is "in doubt".
create table outbox_sender (
    owner        uuid primary key,               -- the lease_owner its claims carry
    channel      text not null,
    host         text not null,                  -- machine and process id, for support
    started_at   timestamptz not null default now(),
    heartbeat_at timestamptz not null default now()
);
alter table outbox_message add column attempted_at timestamptz;
create index outbox_message_leased on outbox_message (lease_owner) where lease_owner is not null;
-- Long answers' further parts ("/lanjut"), so any server continues them, also after a restart.
create table pending_parts (
    chat_key   text primary key,                 -- channel:chat:user
    parts      jsonb not null,
    created_at timestamptz not null default now()
);
