-- 0005: broadcasts. A coordinator's message to many people is one broadcast row plus one outbox row per recipient,
-- so delivery resumes after a crash where it stopped, and the report counts rows.
create table broadcast (
    id           bigint generated always as identity primary key,
    creator_id   bigint references person (id),
    creator      text not null,
    -- 'all', 'opd:<id>', 'role:<role>', 'overdue'
    audience     text not null,
    text         text not null check (length(text) between 1 and 4000),
    file_sha256  text references evidence_file (sha256),
    file_name    text,
    recipients   int  not null,
    created_at   timestamptz not null default now(),
    finished_at  timestamptz
);

alter table outbox_message
    add column broadcast_id bigint references broadcast (id),
    add column file_sha256  text references evidence_file (sha256),
    add column file_name    text,
    -- pending → sent; or failed (gave up after retries), blocked (the person blocked the bot on every channel they use).
    add column status       text not null default 'pending' check (status in ('pending', 'sent', 'failed', 'blocked'));
update outbox_message set status = 'sent' where sent_at is not null;
create index outbox_broadcast on outbox_message (broadcast_id, status) where broadcast_id is not null;

-- A 403 from Telegram: the person blocked the bot. Nothing more is sent there until they write to the bot again.
alter table chat_identity add column blocked_at timestamptz;
