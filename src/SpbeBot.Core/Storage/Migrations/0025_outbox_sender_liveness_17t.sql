-- 0025 (issue 17, 17t: a killed sender's rows are taken over at once, not after its heartbeat grew 5 s old).
-- A sender holds a session-level advisory lock on this key, on the connection that holds its channel's lock, for as
-- long as it sends. When its process dies (kill -9, a crash) the kernel closes that connection, PostgreSQL ends the
-- session and releases the lock within milliseconds: a sender that finds the key free (pg_try_advisory_xact_lock) knows
-- the other's session is gone. Null: a sender registered without it (counted by its heartbeat alone, as before). The
-- heartbeat stays the fallback for a host that vanishes without closing its sockets (its session then lives on until
-- TCP keepalive ends it).
alter table outbox_sender add column liveness_key bigint;
