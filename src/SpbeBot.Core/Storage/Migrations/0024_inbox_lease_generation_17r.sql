-- Issue 17 (wip-17r): a fencing token for a conversation's claim. Every claim raises it; a completion counts only
-- for the claim it belongs to (same generation) and the heartbeat renews only the claims a server still holds, so a
-- server whose lease ran out under a slow handler (its heartbeat starved, its pool exhausted) can neither record the
-- update as handled nor keep the conversation once another server (or another of its own workers) claimed it.
alter table inbox_lease add column if not exists generation bigint not null default 0;

-- Issue 17 (wip-17r), the loss window: refusals (429, 5xx) read for an inbox reply, with when they were read. A
-- pending update whose replied mark was set within Spbebot:Inbox:RefusalDoubtSeconds of a refusal on its channel
-- is not trusted after a kill (its own refusal may have been on the way): it is answered again — a possible duplicate
-- instead of a possible loss, and only while the platform was refusing. Purged after a day.
create table if not exists inbox_refusal (
    channel text not null,
    at      timestamptz not null
);
create index if not exists inbox_refusal_at on inbox_refusal (channel, at);
