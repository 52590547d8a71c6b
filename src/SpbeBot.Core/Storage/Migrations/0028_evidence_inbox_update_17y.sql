-- 0028 (issue 17, 17y): an upload is filed once per inbox update. A server killed after the evidence row was committed
-- but before its reply left leaves the update pending, and the update is handled again (by the restarted server or
-- another one): the second filing now finds the first (same update, same bytes) and files nothing more. No foreign key:
-- handled updates are purged after Spbebot:Inbox:KeepDays, the evidence stays. Null: filed outside an inbox worker
-- (the CLI, the terminal chat, rows from before this migration).
alter table evidence add column if not exists inbox_update bigint;
create unique index if not exists evidence_inbox_update on evidence (inbox_update, sha256) where inbox_update is not null;
