-- 0023 (issue 17, 17m: a dead server's share of the send limit returns at once).
-- A server beats its send_pacer row through a database session of its own and records that session's backend pid:
-- when the server dies (kill -9, a crash), PostgreSQL ends its session within milliseconds, and the others stop
-- counting the row at their next beat instead of waiting for its heartbeat to grow old. Null: beaten through a
-- pooled connection (counted by its heartbeat alone, as before).
alter table send_pacer add column backend_pid integer;
