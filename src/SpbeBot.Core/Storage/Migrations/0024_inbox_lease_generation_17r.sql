-- Issue 17 (wip-17r): a fencing token for a conversation's claim. Every claim raises it; a completion counts only
-- for the claim it belongs to (same generation) and the heartbeat renews only the claims a server still holds, so a
-- server whose lease ran out under a slow handler (its heartbeat starved, its pool exhausted) can neither record the
-- update as handled nor keep the conversation once another server (or another of its own workers) claimed it.
alter table inbox_lease add column if not exists generation bigint not null default 0;
