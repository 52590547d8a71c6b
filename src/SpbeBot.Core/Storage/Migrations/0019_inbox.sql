-- 0017 (issue 17): the durable inbox. Every inbound update (Telegram polling and webhook, Bot Framework activities) is
-- committed here before it is acknowledged; workers on every server claim one conversation at a time (a lease that a
-- dead server's conversations lose within seconds) and handle its updates strictly in order.
create table inbox_update (
    id           bigserial primary key,
    channel      text not null,
    external_id  text not null,                 -- Telegram update_id, Bot Framework activity id: the dedupe key
    conversation text,                          -- channel-qualified chat; null when the update could not be read
    seq          bigint not null default 0,     -- order within a conversation (Telegram's update_id), then id
    payload      bytea not null,                -- the body as received: bytes, so NUL and lone surrogates are kept
    status       text not null default 'pending' check (status in ('pending', 'done', 'failed')),
    reason       text,                          -- why it failed (never its content)
    received_at  timestamptz not null default now(),
    handled_at   timestamptz,
    unique (channel, external_id)
);
create index inbox_update_pending on inbox_update (conversation, seq, id) where status = 'pending';
create index inbox_update_handled on inbox_update (handled_at) where status <> 'pending';

-- One row per conversation ever handled: who holds it (until when), and when it was last served, for a fair order.
create table inbox_lease (
    conversation text primary key,
    owner        text,
    expires_at   timestamptz not null default '-infinity',
    served_at    timestamptz not null default '-infinity'
);

-- Telegram button payloads longer than callback_data's 64 bytes, under a key derived from the payload, so any server
-- resolves a button any server rendered, also after a restart.
create table callback_payload (
    key        text primary key,
    payload    text not null,
    created_at timestamptz not null default now()
);

-- The lease row counts its conversation's pending updates (kept exact under row locks: insert +1, handled -1), so
-- the claim reads only conversations with work, oldest-served first, skipping rows another worker is claiming.
alter table inbox_lease add column channel text not null default '';
alter table inbox_lease add column pending integer not null default 0;
create index inbox_lease_claimable on inbox_lease (served_at) where pending > 0;
create index inbox_lease_owner on inbox_lease (owner) where owner is not null;

-- Wakes the workers of every server (LISTEN spbebot_inbox) when updates arrive; they also poll, in case one is missed.
create function inbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('spbebot_inbox', '');
    return null;
end $$;
create trigger inbox_update_notify after insert on inbox_update for each statement execute function inbox_notify();

-- The directory version: raised by any change to people, their chat accounts or OPDs, so each server may keep who is
-- behind a chat account in memory and check one tiny row per message instead of joining three tables.
create table directory_version (
    id      integer primary key check (id = 1),
    version bigint not null
);
insert into directory_version values (1, 0);
create function directory_changed() returns trigger language plpgsql as $$
begin
    -- An upsert: the row comes back even after the table was emptied (a test's truncate of every table).
    insert into directory_version values (1, 1) on conflict (id) do update set version = directory_version.version + 1;
    return null;
end $$;
-- Per row (a statement that changes nothing must not raise it), and on truncate.
create trigger person_directory_changed after insert or update or delete on person for each row execute function directory_changed();
create trigger person_directory_truncated after truncate on person for each statement execute function directory_changed();
create trigger chat_identity_directory_changed after insert or update or delete on chat_identity for each row execute function directory_changed();
create trigger chat_identity_directory_truncated after truncate on chat_identity for each statement execute function directory_changed();
create trigger opd_directory_changed after insert or update or delete on opd for each row execute function directory_changed();
create trigger opd_directory_truncated after truncate on opd for each statement execute function directory_changed();
